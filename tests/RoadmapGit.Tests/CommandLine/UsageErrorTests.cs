using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.CommandLine;

/// <summary>
/// Every usage error: one line on stderr in the one style (<c>roadmap-git: error: what. how to
/// fix</c>), nothing on stdout, exit code 2, and the wording reviewed in a golden file.
/// </summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("unknown-command", "updte")]
    [InlineData("unknown-command-no-match", "frobnicate")]
    [InlineData("unknown-subcommand", "hook", "instal")]
    [InlineData("unknown-option", "report", "--fromat", "json")]
    [InlineData("unknown-option-no-match", "update", "--bogus")]
    [InlineData("unknown-tool-option", "--versoin")]
    [InlineData("unknown-format", "report", "--format", "xml")]
    [InlineData("missing-option-value", "report", "--format")]
    [InlineData("flag-with-value", "update", "--check=yes")]
    [InlineData("extra-argument", "update", "--check", "extra")]
    [InlineData("topic-in-several-words", "explain", "What", "is", "HTTP")]
    [InlineData("missing-topic", "explain")]
    [InlineData("unknown-hook", "hook", "run", "post-merge")]
    [InlineData("mistyped-hook", "hook", "run", "pre-comit")]
    [InlineData("extra-after-version", "--version", "now")]
    [InlineData("extra-after-help", "help", "update", "now")]
    [InlineData("help-for-unknown-command", "help", "updte")]
    public void UsageError_IsOneLineInTheOneStyleAndExitCodeTwo(string name, params string[] args)
    {
        var (code, output, error) = InProcessTool.Run(args);

        Assert.Equal((2, ""), (code, output));
        Assert.StartsWith("roadmap-git: error: ", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(error.TrimEnd('\n').Length <= 80, $"{error.TrimEnd('\n').Length} columns: {error}");
        Golden.AssertMatches($"errors/{name}.txt", error);
    }

    [Fact]
    public void OptionValues_AreMatchedInAnyCase()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-09T10:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));

        var (code, output, _) = InProcessTool.RunIn(repo.Root, "report", "--format", "JSON");

        Assert.Equal(0, code);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
        Assert.Equal(output, InProcessTool.RunIn(repo.Root, "report", "--format=json").Output);
    }

    [Fact]
    public void DoubleDash_EndsTheOptions()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-09T10:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));

        var (code, _, error) = InProcessTool.RunIn(repo.Root, "explain", "--", "--nothing-like-this");

        Assert.Equal(2, code);
        Golden.AssertMatches("errors/no-topic-matches.txt", error);
    }

    [Fact]
    public void DemoIntoAFolderThatIsNotEmpty_IsAUsageError()
    {
        using var folder = TestRepo.Create();

        var (code, _, error) = InProcessTool.RunIn(folder.Root, "demo", "--directory", ".");

        Assert.Equal(2, code);
        Golden.AssertMatches("errors/demo-folder-not-empty.txt", error.Replace(folder.Root, "<folder>", StringComparison.Ordinal));
    }

    [Fact]
    public void OutsideARepository_IsOneLineAndExitCodeTwo()
    {
        var outside = Path.Combine(Path.GetTempPath(), "roadmap-git-not-a-repository-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(outside);

        var (code, _, error) = InProcessTool.RunIn(outside, "report");

        Directory.Delete(outside);
        Assert.Equal(2, code);
        Assert.True(error.TrimEnd('\n').Length <= 80, error);
        Golden.AssertMatches("errors/not-in-a-repository.txt", error);
    }
}
