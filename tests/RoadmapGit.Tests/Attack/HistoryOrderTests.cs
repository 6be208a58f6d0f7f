using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Cherry-pick and rebase keep a commit's original author date, which may come before commits
/// made earlier in history: dates follow history order, so a finish never comes before a start.
/// </summary>
public sealed class HistoryOrderTests : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void CherryPickedFinishDatedBeforeTheStart_CountsOnTheStartDayAndWarns()
    {
        _repo.Git("checkout", "-q", "-b", "s");
        _repo.Commit("2026-02-05T10:00:00+00:00", "done", ("notes/a.md", Roadmaps.Done + AttackRepo.Real + "more\n"));
        _repo.Git("checkout", "-q", "main");
        _repo.Commit("2026-02-10T10:00:00+00:00", "start", ("notes/a.md", AttackRepo.Real));
        _repo.GitAt("2026-02-12T10:00:00+00:00", "cherry-pick", "-X", "theirs", "s");

        var plan = Roadmaps.Plan(_repo);

        Assert.Equal(["✅ Completed", "10.02.2026", "10.02.2026"], AttackRepo.RowA(plan.Files.Single().Result.NewText)[..3]);
        var warning = Assert.Single(plan.Diagnostics, d => d.Code == "dates-out-of-order");
        Assert.Equal("notes/a.md", warning.File);
        Assert.Contains("counts as 2026-02-10", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RebasedStartDatedBeforeTheBase_NeverGoesBackInTime()
    {
        _repo.Git("checkout", "-q", "-b", "topic");
        _repo.Commit("2026-02-03T10:00:00+00:00", "start", ("notes/a.md", AttackRepo.Real));
        _repo.Commit("2026-02-04T10:00:00+00:00", "done", ("notes/a.md", Roadmaps.Done + AttackRepo.Real));
        _repo.Git("checkout", "-q", "main");
        _repo.Commit("2026-02-08T10:00:00+00:00", "other", ("notes/a.md", "# A\n\nAn outline.\n"));
        _repo.Git("checkout", "-q", "topic");
        _repo.GitAt("2026-02-09T10:00:00+00:00", "rebase", "-q", "-X", "theirs", "main");

        var text = Roadmaps.Update(_repo);

        // The rebased commits keep 03.02 and 04.02 as author dates, after a base commit of 08.02.
        Assert.Equal(["✅ Completed", "08.02.2026", "08.02.2026"], AttackRepo.RowA(text)[..3]);
    }
}
