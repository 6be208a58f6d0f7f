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
}
