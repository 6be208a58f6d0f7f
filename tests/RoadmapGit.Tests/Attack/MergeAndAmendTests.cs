using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Commits that do not simply add to HEAD: a merge dates the merged branch's notes by that
/// branch's history, and an amend reads history from the commit it replaces, so its date is the
/// one the new commit carries.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class MergeAndAmendTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void MergeCommit_DatesTheMergedNoteByItsBranch()
    {
        tool.InstallHook(_repo);
        _repo.Git("checkout", "-q", "-b", "f");
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        _repo.GitAt("2026-02-05T10:00:00+00:00", "commit", "-q", "-m", "A");
        _repo.Git("checkout", "-q", "main");
        _repo.Stage("o", "other\n");
        _repo.GitAt("2026-02-06T10:00:00+00:00", "commit", "-q", "-m", "o");
        _repo.Git("merge", "-q", "--no-ff", "--no-commit", "f");

        _repo.GitAt("2026-03-01T10:00:00+00:00", "commit", "-q", "--no-edit");

        Assert.Equal(["🟡 In Progress", "05.02.2026", "xx.xx.xx"], AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[..3]);
        var (code, output, error) = tool.Run(_repo.Root, "update", "--check");
        Assert.True(code == 0, output + error);
    }

    [Fact]
    public void AmendResetAuthor_DatesTheNoteOnTheNewDate()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        _repo.GitAt("2026-02-01T10:00:00+00:00", "commit", "-q", "-m", "A");

        _repo.GitAt("2026-02-03T10:00:00+00:00", "commit", "-q", "--amend", "--reset-author", "-m", "A2");

        Assert.Equal("2026-02-03", _repo.Git("log", "-1", "--format=%ad", "--date=short").Trim());
        Assert.Equal(["🟡 In Progress", "03.02.2026"], AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[..2]);
        Assert.Equal(["🟡 In Progress", "03.02.2026"], AttackRepo.RowA(_repo.Read("README.md"))[..2]);
    }

    [Fact]
    public void AmendWithDate_DatesTheNoteOnThatDate()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        _repo.GitAt("2026-02-01T10:00:00+00:00", "commit", "-q", "-m", "A");

        CommitKeepingTheAuthorDate("commit", "-q", "--amend", "--date=2026-02-05T10:00:00+00:00", "-m", "A2");

        Assert.Equal(["🟡 In Progress", "05.02.2026"], AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[..2]);
    }

    [Fact]
    public void PlainAmend_KeepsTheOriginalDate()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        _repo.GitAt("2026-02-01T10:00:00+00:00", "commit", "-q", "-m", "A");
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real + "One more line of words.\n");

        CommitKeepingTheAuthorDate("commit", "-q", "--amend", "-m", "A2");

        Assert.Equal("2026-02-01", _repo.Git("log", "-1", "--format=%ad", "--date=short").Trim());
        Assert.Equal(["🟡 In Progress", "01.02.2026"], AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[..2]);
        Assert.Equal(0, tool.Run(_repo.Root, "update", "--check").ExitCode);
    }

    /// <summary>Only the committer date is fixed, so git itself decides the author date an amend carries.</summary>
    private void CommitKeepingTheAuthorDate(params string[] args)
    {
        var (code, output, error) = _repo.TryRun(null, new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = "2026-02-07T10:00:00+00:00" }, args);
        Assert.True(code == 0, output + error);
    }
}
