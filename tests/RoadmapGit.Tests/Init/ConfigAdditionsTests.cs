using RoadmapGit.Core.Config;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Init;

namespace RoadmapGit.Tests.Init;

public sealed class ConfigAdditionsTests
{
    private static readonly (string, string)[] Wanted =
    [
        ("$schema", "\"./.roadmap-git.schema.json\""),
        ("roadmaps", "[\"docs/plan.md\"]"),
        ("completion", "\"written\""),
    ];

    [Fact]
    public void NewConfig_KeysInOrder_TwoSpaceIndent_FinalNewline()
    {
        var (text, added) = ConfigAdditions.Apply(null, Wanted);

        Assert.Equal("{\n  \"$schema\": \"./.roadmap-git.schema.json\",\n  \"roadmaps\": [\"docs/plan.md\"],\n  \"completion\": \"written\"\n}\n", text);
        Assert.Equal(["$schema", "roadmaps", "completion"], added);
    }

    [Fact]
    public void ConfigWithEveryKey_StaysAsItIs()
    {
        const string Mine = "{\"completion\":\"marked\",\"roadmaps\":[\"a.md\"],\"$schema\":\"x\"}";

        var (text, added) = ConfigAdditions.Apply(Mine, Wanted);

        Assert.Same(Mine, text);
        Assert.Empty(added);
    }

    [Fact]
    public void OneLineConfig_GetsTheMissingKeysFirst_AndStaysValid()
    {
        var (text, added) = ConfigAdditions.Apply("{ \"strict\": true }", Wanted);

        Assert.Equal("{\n  \"$schema\": \"./.roadmap-git.schema.json\",\n  \"roadmaps\": [\"docs/plan.md\"],\n  \"completion\": \"written\", \"strict\": true }", text);
        Assert.Equal(3, added.Count);
        Assert.True(ConfigLoader.Parse(text).Strict);
    }

    [Fact]
    public void EmptyObject_AfterACommentWithABrace_GetsTheKeysInside()
    {
        var (text, _) = ConfigAdditions.Apply("/* { not this one */ {}", Wanted[2..]);

        Assert.Equal("/* { not this one */ {\n  \"completion\": \"written\"\n}", text);
        Assert.Equal(CompletionMode.Written, ConfigLoader.Parse(text).Completion);
    }

    [Theory]
    [InlineData("plain/path.md", "\"plain/path.md\"")]
    [InlineData("say \"hi\"\\now.md", "\"say \\\"hi\\\"\\\\now.md\"")]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("bell\u0007", "\"bell\\u0007\"")]
    [InlineData("😀 notes/ü.md", "\"😀 notes/ü.md\"")]
    public void Quote_EscapesOnlyWhatJsonNeeds(string text, string json)
    {
        Assert.Equal(json, ConfigAdditions.Quote(text));
        Assert.Equal(text, System.Text.Json.JsonSerializer.Deserialize<string>(json));
    }
}
