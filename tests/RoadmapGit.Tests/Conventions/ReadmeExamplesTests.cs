using RoadmapGit.Core.Config;
using RoadmapGit.Core.Inference;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Conventions;

/// <summary>The README shows what the tool does: its configuration example, its help, its error lines.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public void ReadmeConfigurationExample_IsAccepted()
    {
        var json = Readme().Split("## Configuration")[1].Split("```json\n")[1].Split("```")[0];

        var config = ConfigLoader.Parse(json);

        Assert.Equal(["README.md"], config.Roadmaps);
        Assert.Equal(CompletionMode.Marked, config.Completion);
        Assert.Equal("dd.MM.yyyy", config.DateFormat);
        Assert.Equal("⏭️ Skipped", config.SkippedLabel);
        Assert.Equal(28, config.ForecastWindowDays);
        Assert.Equal(["Estimated Finish"], config.OverallLabels.Finish);
    }

    [Fact]
    public void ReadmeUsage_IsTheToolsHelp()
    {
        var usage = Readme().Split("## Usage")[1].Split("```text\n")[1].Split("```")[0];

        Assert.Equal(InProcessTool.Run("--help").Output, usage);
    }

    [Fact]
    public void ReadmeErrorLines_AreErrorsTheToolPrints()
    {
        var golden = Path.Combine(RepositoryRoot.Path, "tests", "RoadmapGit.Tests", "Fixtures", "golden", "errors");
        var printed = Directory.GetFiles(golden).Select(File.ReadAllText).Select(e => e.StartsWith("roadmap-git: ", StringComparison.Ordinal) ? e : "roadmap-git: error: " + e).ToList();
        var lines = Readme().Split('\n').Where(l => l.StartsWith("roadmap-git: error: ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains(line + "\n", printed));
    }

    [Theory]
    [InlineData("## Warnings", "warnings")]
    [InlineData("## Doctor", "doctor")]
    public void ReadmeOutputExamples_AreLinesTheToolPrints(string section, string golden)
    {
        var printed = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "tests", "RoadmapGit.Tests", "Fixtures", "golden", golden))
            .SelectMany(File.ReadAllLines)
            .ToHashSet(StringComparer.Ordinal);

        var lines = ExampleBlocks(section).SelectMany(b => b.Split('\n')).Where(l => l.Length > 0 && l != "…").ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains(line, printed));
    }

    [Fact]
    public void ReadmeDoctorExample_IsWhatDoctorPrints()
    {
        var golden = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "RoadmapGit.Tests", "Fixtures", "golden", "doctor", "problems.txt"));

        Assert.Equal(golden, ExampleBlocks("## Doctor")[0]);
    }

    private static string Readme() => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

    /// <summary>The <c>```text</c> blocks of one README section.</summary>
    private static List<string> ExampleBlocks(string heading)
    {
        var section = Readme().Split(heading + "\n")[1].Split("\n## ")[0];
        return section.Split("```text\n").Skip(1).Select(b => b.Split("```")[0]).ToList();
    }
}
