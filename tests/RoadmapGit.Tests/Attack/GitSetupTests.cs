using RoadmapGit.Core;
using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>Repositories set up in less common ways: named by GIT_DIR and GIT_WORK_TREE, or with a hook that is a link.</summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class GitSetupTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.CreateStarted();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void GitDirAndWorkTree_NameTheRepositoryFromAnywhere()
    {
        var elsewhere = Path.GetTempPath();

        var (code, output, error) = ChildProcess.Run(tool.Executable, elsewhere, ["update"], environment =>
        {
            TestRepo.ApplyGitEnvironment(environment);
            environment["GIT_DIR"] = Path.Combine(_repo.Root, ".git");
            environment["GIT_WORK_TREE"] = _repo.Root;
        });

        Assert.True(code == 0, output + error);
        Assert.Equal(["🟡 In Progress", "10.02.2026"], AttackRepo.RowA(_repo.Read("README.md"))[..2]);
    }

    [Fact]
    public void GitDirAlone_TheWorkTreeIsWhereTheCommandRuns()
    {
        var (code, output, error) = ChildProcess.Run(tool.Executable, _repo.Root, ["update"], environment =>
        {
            TestRepo.ApplyGitEnvironment(environment);
            environment["GIT_DIR"] = ".git";
        });

        Assert.True(code == 0, output + error);
        Assert.Equal("🟡 In Progress", AttackRepo.RowA(_repo.Read("README.md"))[0]);
    }

    [Fact]
    public void DanglingPreCommitLink_IsChainedAndCommitsGoOn()
    {
        var hook = Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        File.CreateSymbolicLink(hook, Path.Combine(_repo.Root, "no-such-hook"));

        var (code, _, error) = tool.Run(_repo.Root, "hook", "install");

        Assert.True(code == 0, error);
        Assert.False(File.Exists(_repo.Full("no-such-hook")));
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real + "More words on the topic.\n");
        _repo.GitAt("2026-02-11T10:00:00+00:00", "commit", "-q", "-m", "more");
        Assert.Equal("🟡 In Progress", AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[0]);
        Assert.Equal(0, tool.Run(_repo.Root, "hook", "uninstall").ExitCode);
        Assert.Equal(Path.Combine(_repo.Root, "no-such-hook"), new FileInfo(hook).LinkTarget);
    }

    [Fact]
    public void HookLinkedToAShareOutside_InstallingAgainReplacesTheLinkAndLeavesTheShareAlone()
    {
        var hook = Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");
        var shared = Path.Combine(_repo.Root, ".git", "shared-pre-commit");
        Assert.Equal(0, tool.Run(_repo.Root, "hook", "install").ExitCode);
        File.Move(hook, shared);
        File.WriteAllText(shared, File.ReadAllText(shared).Replace("roadmap-git-hook v2\n", "roadmap-git-hook v1\n", StringComparison.Ordinal));
        var before = File.ReadAllBytes(shared);
        File.CreateSymbolicLink(hook, shared);

        var (code, output, error) = tool.Run(_repo.Root, "hook", "install");

        Assert.True(code == 0, error);
        Assert.StartsWith("updated the pre-commit hook", output, StringComparison.Ordinal);
        Assert.Null(new FileInfo(hook).LinkTarget);
        Assert.Contains("roadmap-git-hook v2\n", File.ReadAllText(hook), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(shared));
    }
}
