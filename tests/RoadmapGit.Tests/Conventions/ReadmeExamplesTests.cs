using RoadmapGit.Core.Config;
using RoadmapGit.Core.Inference;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Conventions;

/// <summary>The README's configuration example is one the tool accepts, value for value.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public void ReadmeConfigurationExample_IsAccepted()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var json = readme.Split("## Configuration")[1].Split("```json\n")[1].Split("```")[0];

        var config = ConfigLoader.Parse(json);

        Assert.Equal(["README.md"], config.Roadmaps);
        Assert.Equal(CompletionMode.Marked, config.Completion);
        Assert.Equal("dd.MM.yyyy", config.DateFormat);
        Assert.Equal("⏭️ Skipped", config.SkippedLabel);
        Assert.Equal(28, config.ForecastWindowDays);
        Assert.Equal(["Estimated Finish"], config.OverallLabels.Finish);
    }

    [Theory]
    [InlineData("{ \"stubWords\": \"five\" }", "'stubWords' must be a whole number")]
    [InlineData("{ \"labels\": { \"done\": \"x\" } }", "unknown key 'labels.done'")]
    [InlineData("{ \"dateFormat\": \"banana\" }", "'dateFormat' \"banana\" is not a date format")]
    [InlineData("{ \"roadmaps\": [] }", "'roadmaps' must be an array of at least 1")]
    [InlineData("{ nope", "is not valid JSON")]
    public void BadConfiguration_NamesTheKey(string json, string message)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
