using RoadmapGit.Commands;
using RoadmapGit.Core.Text;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.CommandLine;

/// <summary>Every help text, against a reviewed golden file, each line within 80 columns.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands() => [.. RoadmapGitCommands.Table.Commands.Select(c => c.Spec.Name)];

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData]
    public void ToolHelp_TeachesTheCommandsAndWhereToStart(params string[] args)
    {
        var (code, output, error) = InProcessTool.Run(args);

        Assert.Equal((0, ""), (code, error));
        Golden.AssertMatches("help/roadmap-git.txt", output);
        Assert.Contains("Start with `roadmap-git init`", output, StringComparison.Ordinal);
        AssertFitsEightyColumns(output);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void CommandHelp_MatchesItsGoldenFileAndFitsEightyColumns(string command)
    {
        var (code, output, error) = InProcessTool.Run([.. command.Split(' '), "--help"]);

        Assert.Equal((0, ""), (code, error));
        Golden.AssertMatches($"help/{command.Replace(' ', '-')}.txt", output);
        AssertFitsEightyColumns(output);
        Assert.Equal(output, InProcessTool.Run(["help", .. command.Split(' ')]).Output);
        Assert.Equal(output, InProcessTool.Run([.. command.Split(' '), "-h"]).Output);
    }

    [Theory]
    [InlineData("hook")]
    [InlineData("hook", "--help")]
    [InlineData("help", "hook")]
    public void HookAlone_PrintsTheHookGroupsHelp(params string[] args)
    {
        var (code, output, _) = InProcessTool.Run(args);

        Assert.Equal(0, code);
        Golden.AssertMatches("help/hook.txt", output);
        AssertFitsEightyColumns(output);
    }

    [Fact]
    public void HiddenHookRun_IsListedNowhere()
    {
        var lists = InProcessTool.Run("--help").Output + InProcessTool.Run("hook").Output;

        Assert.DoesNotContain("run", lists.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim().Split(' ')[0]));
        Assert.Equal(0, InProcessTool.Run("hook", "run", "--help").ExitCode);
    }

    [Fact]
    public void OptionsWithValues_NameTheirValues()
    {
        Assert.Contains("--format <text|json>", InProcessTool.Run("report", "--help").Output, StringComparison.Ordinal);
        Assert.Contains("--directory <folder>", InProcessTool.Run("demo", "--help").Output, StringComparison.Ordinal);
        Assert.Contains("explain <topic>", InProcessTool.Run("explain", "--help").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public void Version_IsThePackageVersion(string option)
    {
        var (code, output, _) = InProcessTool.Run(option);

        Assert.Equal(0, code);
        Assert.Equal($"roadmap-git {ProjectVersion()}\n", output);
    }

    private static string ProjectVersion()
    {
        var project = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "RoadmapGit", "RoadmapGit.csproj"));
        return project.Split("<Version>")[1].Split("</Version>")[0];
    }

    private static void AssertFitsEightyColumns(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            Assert.True(DisplayWidth.Of(line) <= 80, $"{DisplayWidth.Of(line)} columns: {line}");
        }
    }
}
