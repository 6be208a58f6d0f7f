using RoadmapGit.Core.Config;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.CommandLine;

/// <summary>
/// Every configuration error: plain words, the key, its 1-based line, never the JSON parser's
/// own text; through the command line, one line and exit code 2.
/// </summary>
public sealed class ConfigErrorTests
{
    [Theory]
    [InlineData("empty", "")]
    [InlineData("blank", "\n  \n")]
    [InlineData("text-after-the-end", "{\n  \"strict\": true\n}\nstrict: false\n")]
    [InlineData("ends-too-early", "{\n  \"strict\": true,\n  \"notes\": \"notes\"\n")]
    [InlineData("unquoted-key", "{ completion: \"marked\" }")]
    [InlineData("missing-comma", "{\n  \"strict\": true\n  \"notes\": \"notes\"\n}")]
    [InlineData("not-json", "{\n  \"strict\": yes\n}")]
    [InlineData("not-an-object", "[\"README.md\"]")]
    [InlineData("unknown-key", "{\n  \"notes\": \"notes\",\n  \"stubwords\": 3\n}")]
    [InlineData("unknown-key-no-match", "{ \"colour\": \"blue\" }")]
    [InlineData("unknown-nested-key", "{\n  \"labels\": {\n    \"complete\": \"Done\"\n  }\n}")]
    [InlineData("wrong-type-number", "{\n  \"stubWords\": \"five\"\n}")]
    [InlineData("wrong-type-bool", "{ \"strict\": \"yes\" }")]
    [InlineData("wrong-type-text", "{ \"notes\": 5 }")]
    [InlineData("wrong-type-list", "{ \"roadmaps\": [] }")]
    [InlineData("wrong-type-object", "{ \"labels\": \"Done\" }")]
    [InlineData("empty-text", "{ \"template\": \"\" }")]
    [InlineData("unknown-completion", "{ \"completion\": \"sometimes\" }")]
    [InlineData("unknown-forecast", "{ \"forecast\": \"soon\" }")]
    [InlineData("date-format", "{\n  \"dateFormat\": \"banana\"\n}")]
    public void ConfigError_IsOnePlainLineWithTheLine(string name, string json)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json));

        Golden.AssertMatches($"errors/config-{name}.txt", error.Message + "\n");
        Assert.StartsWith(".roadmap-git.json line ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void BadConfig_ThroughTheCommandLine_IsOneErrorLineAndExitCodeTwo()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        repo.Write(".roadmap-git.json", "{\n  \"notes\": \"notes\",\n  \"stubwords\": 3\n}");

        var (code, output, error) = InProcessTool.RunIn(repo.Root, "update");

        Assert.Equal((2, ""), (code, output));
        Assert.Equal("roadmap-git: error: " + File.ReadAllText(GoldenFile("errors/config-unknown-key.txt")), error);
    }

    [Fact]
    public void ConfigWithCommentsAndTrailingCommas_IsAccepted()
    {
        var config = ConfigLoader.Parse("// mine\n{\n  \"stubWords\": 3, // fewer\n  \"labels\": { \"completed\": \"Done\", },\n}\n");

        Assert.Equal((3, "Done"), (config.StubWords, config.CompletedLabel));
    }

    private static string GoldenFile(string name) => Path.Combine(RepositoryRoot.Path, "tests", "RoadmapGit.Tests", "Fixtures", "golden", name);
}
