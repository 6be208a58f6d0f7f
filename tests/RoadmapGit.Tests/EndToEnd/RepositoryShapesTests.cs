using RoadmapGit.Core;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

[Collection(PackedToolGroup.Name)]
public sealed class RepositoryShapesTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void LinkedWorktree_HookGoesToTheSharedHooksFolderAndFires()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        var worktree = _repo.Root + "-worktree";
        _repo.Git("worktree", "add", "-q", "-b", "study", worktree);
        using var linked = TestRepo.Create(worktree);

        Assert.Equal(0, tool.Run(worktree, "hook", "install").ExitCode);
        linked.Stage("notes/http.md", Roadmaps.RealContent);
        linked.GitAt("2026-02-09T10:00:00+00:00", "commit", "-q", "-m", "http");

        Assert.True(File.Exists(Path.Combine(_repo.Root, ".git", "hooks", "pre-commit")));
        Assert.Equal("🟡 In Progress", Roadmaps.Row(linked.Git("show", "HEAD:README.md"), "HTTP")[1]);
        _repo.Git("worktree", "remove", "--force", worktree);
    }

    [Fact]
    public void BelowGitCeilingDirectories_InitAdoptsNoRepositoryAbove()
    {
        // A repository kept in a home folder, fenced off as git allows so a folder below it is no part of it.
        _repo.Commit("2026-02-01T09:00:00+00:00", "dotfiles", (".bashrc", "# shell\n"), ("learning/README.md", Roadmaps.Small));
        var learning = _repo.Full("learning");

        var (code, output, error) = ChildProcess.Run(tool.Executable, learning, ["init"], environment =>
        {
            TestRepo.ApplyGitEnvironment(environment);
            environment["GIT_CEILING_DIRECTORIES"] = _repo.Root;
        });

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("roadmap-git: error: not inside a git work tree.", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
        Assert.False(File.Exists(_repo.Full(".git/hooks/pre-commit")));
    }

    [Fact]
    public void SeveralRoadmaps_AreAllUpdatedFromOneWalk()
    {
        var docs = Roadmaps.Small.Replace("./notes/", "../notes/", StringComparison.Ordinal);
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmaps",
            ("README.md", Roadmaps.Small), ("docs/ROADMAP.md", docs),
            (".roadmap-git.json", "{ \"roadmaps\": [\"README.md\", \"docs/ROADMAP.md\"] }"));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));

        var (code, output, _) = tool.Run(_repo.Root, "update");

        Assert.Equal(0, code);
        Assert.Equal("updated README.md\nupdated docs/ROADMAP.md\n", output);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(_repo.Read("README.md"), "HTTP")[1]);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(_repo.Read("docs/ROADMAP.md"), "HTTP")[1]);
    }

    [Fact]
    public void MergedBranch_NoteWorkOnTheBranchCountsWithItsOwnDates()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Git("checkout", "-q", "-b", "dns");
        _repo.Commit("2026-02-03T09:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.RealContent.Replace("HTTP", "DNS", StringComparison.Ordinal)));
        _repo.Git("checkout", "-q", "main");
        _repo.Commit("2026-02-04T09:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.GitAt("2026-02-05T09:00:00+00:00", "merge", "-q", "--no-ff", "-m", "merge dns", "dns");

        var text = Roadmaps.Update(_repo);

        Assert.Equal(["🟡 In Progress", "03.02.2026"], Roadmaps.Row(text, "DNS")[1..3]);
        Assert.Equal(["🟡 In Progress", "04.02.2026"], Roadmaps.Row(text, "HTTP")[1..3]);
    }

    [Fact]
    public void StrictMode_BlocksACommitThatHasWarnings()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap",
            ("README.md", Roadmaps.Small + "| **Orphan** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | no link |\n"),
            (".roadmap-git.json", "{ \"strict\": true }"));
        Assert.Equal(0, tool.Run(_repo.Root, "hook", "install").ExitCode);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "http");

        Assert.NotEqual(0, code);
        Assert.Contains("row 'Orphan' has no link to a note", error, StringComparison.Ordinal);
        Golden.AssertMatches("errors/commit-blocked.txt", error.Split('\n').Single(l => l.Contains("error:", StringComparison.Ordinal)) + "\n");
    }

    [Fact]
    public void UnknownHookName_IsAUsageError()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));

        var (code, _, error) = tool.Run(_repo.Root, "hook", "run", "post-merge");

        Assert.Equal(2, code);
        Golden.AssertMatches("errors/unknown-hook.txt", error);
    }

    [Fact]
    public void OutsideARepository_IsOneLineAndExitCodeTwo()
    {
        var folder = Path.Combine(Path.GetTempPath(), "roadmap-git-not-a-repo-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);

        var (code, _, error) = tool.Run(folder, "report");

        Assert.Equal(2, code);
        Golden.AssertMatches("errors/not-in-a-repository.txt", error);
        Directory.Delete(folder);
    }

    [Fact]
    public void FromASubfolder_UpdateAndHookInstallWorkOnTheWholeRepository()
    {
        _repo.Git("config", "core.hooksPath", ".githooks");
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        var subfolder = Path.Combine(_repo.Root, "notes");

        Assert.Equal(0, tool.Run(subfolder, "hook", "install").ExitCode);
        var (code, output, _) = tool.Run(subfolder, "update");

        Assert.True(File.Exists(Path.Combine(_repo.Root, ".githooks", "pre-commit")));
        Assert.Equal(0, code);
        Assert.Equal("updated README.md\n", output);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(_repo.Read("README.md"), "HTTP")[1]);
    }

    [Theory]
    [InlineData("unknown-command-no-match", "frobnicate")]
    [InlineData("unknown-option", "report", "--fromat", "json")]
    [InlineData("topic-in-several-words", "explain", "What", "is", "HTTP")]
    public void UsageErrors_AreOneLineAndExitCodeTwo(string golden, params string[] args)
    {
        var (code, output, error) = tool.Run(_repo.Root, args);

        Assert.Equal((2, ""), (code, output));
        Golden.AssertMatches($"errors/{golden}.txt", error);
    }

    [Theory]
    [InlineData("roadmap-git", "--help")]
    [InlineData("hook", "hook")]
    [InlineData("report", "report", "--help")]
    public void Help_IsTheSameAsInProcess(string golden, params string[] args)
    {
        var (code, output, error) = tool.Run(_repo.Root, args);

        Assert.Equal((0, ""), (code, error));
        Golden.AssertMatches($"help/{golden}.txt", output);
    }

    [Fact]
    public void Version_IsTheVersionTheToolWasPackedWith()
    {
        var (code, output, _) = tool.Run(_repo.Root, "-v");

        Assert.Equal(0, code);
        Assert.Equal($"roadmap-git {tool.Version}\n", output);
    }
}
