using RoadmapGit.Core;
using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Writes that fail part-way, as on a full disk: a file size limit (<c>ulimit -f</c>, with
/// SIGXFSZ ignored) makes every write past it fail the way a full disk does. The roadmap stays
/// whole, and the message says what was not written.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class WriteFailureTests : IDisposable
{
    /// <summary>In KiB: the roadmap is larger, and git's own writes (compressed objects, the index) are smaller.</summary>
    private const int LimitKiB = 200;

    private readonly PackedTool _tool;
    private readonly TestRepo _repo;
    private readonly string _roadmap = AttackRepo.Roadmap + "\n" + string.Concat(Enumerable.Repeat("filler lorem ipsum dolor\n", 16_000));

    public WriteFailureTests(PackedTool tool)
    {
        _tool = tool;
        _repo = AttackRepo.Create(_roadmap);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void UpdateThatCannotWriteTheRoadmap_LeavesItWholeAndSaysSo()
    {
        AttackRepo.Start(_repo);

        var (code, output, error) = Limited(_tool.Executable, "update");

        Assert.True(code == 2, output + error);
        Assert.Equal("roadmap-git: error: roadmap file 'README.md' could not be written (larger than a file may be here); it was left as it was. Free some disk space, or check the file's permissions, and run again\n", error);
        Assert.Equal(_roadmap, _repo.Read("README.md"));
        Assert.Equal(["README.md"], Directory.GetFiles(_repo.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void HookThatCannotStage_SaysWhatFailedAndTheCommitGoesOn()
    {
        _tool.InstallHook(_repo);
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);

        var (code, output, error) = Limited("git", "commit", "-q", "-m", "A");

        Assert.True(code == 0, output + error);
        Assert.Contains("roadmap-git: warning: 'README.md' could not be staged: git's object store or index could not be written", error, StringComparison.Ordinal);
        Assert.DoesNotContain("index does not contain", error, StringComparison.Ordinal);
        Assert.Equal(_roadmap, _repo.Read("README.md"));
        Assert.Equal(_roadmap, _repo.Git("show", "HEAD:README.md"));
    }

    /// <summary>Runs a command under the size limit. The runtime's W^X double mapping needs large files of its own, so it is off.</summary>
    private (int ExitCode, string Output, string Error) Limited(string command, params string[] args) =>
        ChildProcess.Run("bash", _repo.Root, ["-c", $"trap '' XFSZ; ulimit -f {LimitKiB}; exec \"$0\" \"$@\"", command, .. args], environment =>
        {
            TestRepo.ApplyGitEnvironment(environment);
            environment["DOTNET_EnableWriteXorExecute"] = "0";
            environment["GIT_AUTHOR_DATE"] = "2026-02-10T10:00:00+00:00";
            environment["GIT_COMMITTER_DATE"] = "2026-02-10T10:00:00+00:00";
        });
}
