using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Author dates git takes but a DateTimeOffset cannot hold, read back from history: a commit dated
/// past year 9999 never stops later runs, and an offset beyond ±14:00 keeps the author's own day,
/// so <c>update --check</c> agrees with what the hook wrote.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HistoryAuthorDateTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void CommitDatedYearTenThousand_LaterRunsStillWork()
    {
        _repo.Commit("@253402300800 +0000", "far future", ("notes/a.md", "# A\n" + AttackRepo.Real));

        var (code, output, error) = tool.Run(_repo.Root, "update");

        Assert.True(code == 0, output + error);
        Assert.Equal(["🟡 In Progress", "31.12.9999"], AttackRepo.RowA(_repo.Read("README.md"))[..2]);
    }

    [Fact]
    public void HookCommitWithAFarOffset_UpdateCheckAgrees()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        _repo.GitAt("2026-02-10T02:00:00+2000", "commit", "-q", "-m", "A");

        var (code, output, error) = tool.Run(_repo.Root, "update", "--check");

        Assert.True(code == 0, output + error);
        Assert.Equal(["🟡 In Progress", "10.02.2026"], AttackRepo.RowA(_repo.Read("README.md"))[..2]);
    }
}
