using RoadmapGit.Core.Demo;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

[Collection(PackedToolGroup.Name)]
public sealed class DemoTests(PackedTool tool)
{
    [Fact]
    public void Demo_CommitsThroughTheHook_AndGivesTheTableTheReadmeShows()
    {
        using var folder = TestRepo.Create();
        var directory = Path.Combine(folder.Root, "demo");

        var result = DemoRunner.Run(directory, new ToolCommand(tool.Executable, null));

        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var after = readme.Split("and a month of commits")[1].Split("```markdown\n")[1].Split("```")[0];
        foreach (var line in after.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains(line, result.Roadmap, StringComparison.Ordinal);
        }

        Golden.AssertMatches("demo-README.md", result.Roadmap);
        Golden.AssertMatches("demo-report.txt", tool.Run(directory, "report").Output);
        Golden.AssertMatches("demo-report.json", tool.Run(directory, "report", "--format", "json").Output);
        Golden.AssertMatches("demo-explain-http.txt", tool.Run(directory, "explain", "What is HTTP").Output);
        Assert.EndsWith("[InfluxDB](./notes/86-influxdb.md) |", result.Roadmap, StringComparison.Ordinal);
        var log = folder.Git("-C", directory, "log", "--format=%s");
        Assert.Equal(result.Commits, log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"completion\": \"marked\"", folder.Git("-C", directory, "show", "HEAD:.roadmap-git.json"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, folder.Git("-C", directory, "status", "--porcelain"));
    }

    [Fact]
    public void DemoCommand_PrintsTheTableTheReportAndWhereTheRepositoryIs()
    {
        using var folder = TestRepo.Create();
        var directory = Path.Combine(folder.Root, "demo");

        var (code, output, _) = tool.Run(folder.Root, "demo", "--directory", directory);

        Assert.Equal(0, code);
        Assert.Contains("| **DNS and how it works?** | 🟡 In Progress | 14.02.2026 | xx.xx.xx |", output, StringComparison.Ordinal);
        Assert.Contains("Overall: 6 of 86 topics completed (7%), 5 in progress", output, StringComparison.Ordinal);
        Assert.Contains("Demo repository: " + directory, output, StringComparison.Ordinal);
    }
}
