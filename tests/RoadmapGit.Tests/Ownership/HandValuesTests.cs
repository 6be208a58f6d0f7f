using RoadmapGit.Core.Ownership;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Ownership;

/// <summary>
/// The table is the learner's too: cells written by hand stay until the learner writes them again
/// or the note, in a newer version, starts to say something else. Dated histories in real repositories.
/// </summary>
public sealed class HandValuesTests : IDisposable
{
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void RowMarkedCompletedByHand_StaysCompletedThroughLaterNoteEdits_FinishedThatDay()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        var updated = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-09T10:05:00+00:00", "roadmap");
        _repo.Commit("2026-02-12T18:00:00+00:00", "done", ("README.md", Roadmaps.WithRow(updated, "HTTP", "✅ Completed", "09.02.2026", "xx.xx.xx")));
        _repo.Commit("2026-02-15T10:00:00+00:00", "more http", ("notes/http.md", Roadmaps.RealContent + "Caching rules decide what a client may reuse.\n"));

        var text = Roadmaps.Update(_repo);

        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026"], Roadmaps.Row(text, "HTTP")[1..4]);
        Assert.Equal(text, Roadmaps.Update(_repo));
    }

    [Fact]
    public void FinishDateWrittenWithTheDoneMark_IsKept()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent),
            ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "07.02.2026", "08.02.2026")));

        Assert.Equal(["✅ Completed", "07.02.2026", "08.02.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void HandStartDate_IsKept_AndThePlaceholderHandsItBack()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent),
            ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "🔴 Not Started", "05.02.2026", "xx.xx.xx")));
        var text = Roadmaps.Update(_repo);
        Assert.Equal(["🟡 In Progress", "05.02.2026", "xx.xx.xx"], Roadmaps.Row(text, "HTTP")[1..4]);
        _repo.Commit("2026-02-09T11:00:00+00:00", "roadmap");

        _repo.Commit("2026-02-10T10:00:00+00:00", "hand it back", ("README.md", Roadmaps.WithRow(text, "HTTP", "🟡 In Progress", "xx.xx.xx", "xx.xx.xx")));

        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void NotStartedLabel_HandsTheStatusBack()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent),
            ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "xx.xx.xx", "xx.xx.xx")));
        var text = Roadmaps.Update(_repo);
        Assert.Equal(["✅ Completed", "09.02.2026", "09.02.2026"], Roadmaps.Row(text, "HTTP")[1..4]);
        _repo.Commit("2026-02-09T11:00:00+00:00", "roadmap");

        _repo.Commit("2026-02-10T10:00:00+00:00", "not done after all", ("README.md", Roadmaps.WithRow(text, "HTTP", "🔴 Not Started", "09.02.2026", "09.02.2026")));

        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void NewerExplicitNoteState_OverridesAHandStatus()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent),
            ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "xx.xx.xx", "xx.xx.xx")));
        _repo.Commit("2026-02-14T10:00:00+00:00", "reopen", ("notes/http.md", "---\nstatus: in-progress\n---\n" + Roadmaps.RealContent));

        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void ExplicitStateTheNoteAlreadyHadAtTheHandEdit_DoesNotOverrideIt()
    {
        const string tasks = "# HTTP\n\n- [x] read the RFC\n- [ ] write a client\n";
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", tasks));
        _repo.Commit("2026-02-11T10:00:00+00:00", "done", ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "09.02.2026", "11.02.2026")));
        _repo.Commit("2026-02-12T10:00:00+00:00", "more", ("notes/http.md", tasks + "\nA client needs a socket and a parser.\n"));

        Assert.Equal(["✅ Completed", "09.02.2026", "11.02.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void NoteSayingTheSameAsTheHandValue_KeepsIt()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent),
            ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "08.02.2026", "09.02.2026")));
        _repo.Commit("2026-02-14T10:00:00+00:00", "done", ("notes/http.md", Roadmaps.DoneContent));

        Assert.Equal(["✅ Completed", "08.02.2026", "09.02.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void Rebuild_ForgetsEveryHandValue()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent),
            ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "01.02.2026", "02.02.2026")));

        var text = Roadmaps.Update(_repo, rebuild: true);

        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(text, "HTTP")[1..4]);
        Assert.Equal(text, Roadmaps.Update(_repo));
    }

    [Fact]
    public void UncommittedHandEdit_IsDatedByTheClock()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.Write("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "xx.xx.xx", "xx.xx.xx"));

        var text = Roadmaps.Update(_repo, clock: new FixedClock(new DateTimeOffset(2026, 2, 20, 23, 30, 0, TimeSpan.FromHours(-5))));

        Assert.Equal(["✅ Completed", "09.02.2026", "20.02.2026"], Roadmaps.Row(text, "HTTP")[1..4]);
    }

    [Fact]
    public void ValuesTheToolWrote_AreItsOwn_AndFollowTheNotes()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        Roadmaps.Update(_repo);
        _repo.Commit("2026-02-09T11:00:00+00:00", "roadmap");
        _repo.Commit("2026-02-12T10:00:00+00:00", "done", ("notes/http.md", Roadmaps.DoneContent));

        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
        Assert.Contains("README.md\tnotes/http.md\tcompleted\t2026-02-09\t2026-02-12\n", _repo.Read(WrittenCells.FileName), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_SaysWhichValuesAreHandWrittenAndSinceWhichCommit()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        var commit = _repo.Commit("2026-02-11T10:00:00+00:00", "done", ("README.md", Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "xx.xx.xx", "xx.xx.xx")));

        var plan = Roadmaps.Plan(_repo);
        var explained = RoadmapGit.Core.Report.ExplainWriter.Write(Assert.Single(RoadmapGit.Core.Report.ExplainWriter.Find(plan, "HTTP")), "README.md");

        Assert.Contains($"  Status: completed — written by hand in commit {commit[..7]} (2026-02-11); history alone says in progress\n", explained, StringComparison.Ordinal);
        Assert.Contains($"  Finish: 2026-02-11 — marked Completed by hand in commit {commit[..7]} (2026-02-11)\n", explained, StringComparison.Ordinal);
        Assert.EndsWith("\n", explained, StringComparison.Ordinal);
    }
}
