using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Inference;

public sealed class InferenceRulesTests : IDisposable
{
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void NoteWithRealContent_IsInProgressFromItsFirstCommit()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start http", ("notes/http.md", Roadmaps.RealContent));

        var row = Roadmaps.Row(Roadmaps.Update(_repo), "HTTP");

        Assert.Equal(["**HTTP**", "🟡 In Progress", "09.02.2026", "xx.xx.xx", "[HTTP](./notes/http.md)"], row);
    }

    [Fact]
    public void CommitAtHalfPastOneWithOffset_IsDatedThatLocalDay()
    {
        _repo.Commit("2026-02-10T01:30:00+03:00", "late night", ("notes/http.md", Roadmaps.RealContent));

        Assert.Equal("10.02.2026", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[2]);
    }

    [Fact]
    public void StubNote_IsNotStarted_AndStartIsTheFirstRealContent()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "stub", ("notes/http.md", "# HTTP\n\n- \n- [ ]\n---\n<!-- todo -->\n"));
        Assert.Equal("🔴 Not Started", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1]);

        _repo.Commit("2026-02-12T10:00:00+00:00", "content", ("notes/http.md", Roadmaps.RealContent));
        var row = Roadmaps.Row(Roadmaps.Update(_repo), "HTTP");

        Assert.Equal("🟡 In Progress", row[1]);
        Assert.Equal("12.02.2026", row[2]);
    }

    [Theory]
    [InlineData(Roadmaps.Done)]
    [InlineData("---\ndone: true\n---\n")]
    [InlineData("**Status:** ✅ Completed\n")]
    [InlineData("- [x] read the RFC\n- [x] write a client\n")]
    public void ExplicitCompletion_FinishesTheTopicOnThatCommit(string marker)
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-11T10:00:00+00:00", "done", ("notes/http.md", marker + Roadmaps.RealContent));

        var row = Roadmaps.Row(Roadmaps.Update(_repo), "HTTP");

        Assert.Equal(["✅ Completed", "09.02.2026", "11.02.2026"], row[1..4]);
    }

    [Fact]
    public void OpenTaskList_IsInProgressEvenWhenTheNoteIsShort()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "tasks", ("notes/http.md", "- [x] a\n- [ ] b\n"));

        Assert.Equal("🟡 In Progress", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1]);
    }

    [Fact]
    public void ReopenedNote_GoesBackToInProgressAndLosesItsFinish()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+00:00", "done", ("notes/http.md", Roadmaps.DoneContent));
        Assert.Equal("10.02.2026", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[3]);

        _repo.Commit("2026-02-15T10:00:00+00:00", "reopen", ("notes/http.md", "---\nstatus: in-progress\n---\n" + Roadmaps.RealContent));
        var row = Roadmaps.Row(Roadmaps.Update(_repo), "HTTP");

        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], row[1..4]);
    }

    [Fact]
    public void FinishIsTheStartOfTheFinalRunOfCompleteVersions()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+00:00", "done", ("notes/http.md", Roadmaps.DoneContent));
        _repo.Commit("2026-02-11T10:00:00+00:00", "reopen", ("notes/http.md", Roadmaps.RealContent + "More.\n"));
        _repo.Commit("2026-02-13T10:00:00+00:00", "done again", ("notes/http.md", Roadmaps.DoneContent + "More.\n"));
        _repo.Commit("2026-02-14T10:00:00+00:00", "typo", ("notes/http.md", Roadmaps.DoneContent + "More!\n"));

        Assert.Equal("13.02.2026", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[3]);
    }

    [Fact]
    public void FrontMatterDates_OverrideInferredDates()
    {
        var note = "---\nstatus: done\nstarted: 2026-01-03\nfinished: 04.01.2026\n---\n" + Roadmaps.RealContent;
        _repo.Commit("2026-02-09T10:00:00+00:00", "adopt", ("notes/http.md", note));

        Assert.Equal(["✅ Completed", "03.01.2026", "04.01.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void SkippedNote_IsSkippedWithoutFinish()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "skip", ("notes/http.md", "---\nstatus: skipped\n---\n"));

        Assert.Equal(["⏭️ Skipped", "xx.xx.xx", "xx.xx.xx"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void WhitespaceOnlyAndRenameOnlyCommits_DoNotMoveDates()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "written", ("notes/http.md", Roadmaps.DoneContent));
        _repo.Commit("2026-02-20T10:00:00+00:00", "reflow", ("notes/http.md", "---\nstatus: done\n---\n\n" + Roadmaps.RealContent.Replace(" ", "  ", StringComparison.Ordinal)));
        _repo.Git("mv", "notes/http.md", "notes/http-protocol.md");
        _repo.Commit("2026-02-21T10:00:00+00:00", "rename", ("README.md", Roadmaps.Small.Replace("notes/http.md", "notes/http-protocol.md", StringComparison.Ordinal)));

        Assert.Equal(["✅ Completed", "09.02.2026", "09.02.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void IgnoreRevsFile_CommitsListedThereAreInvisible()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        var reformat = _repo.Commit("2026-02-10T10:00:00+00:00", "bulk reformat", ("notes/http.md", Roadmaps.DoneContent));
        _repo.Commit("2026-02-12T10:00:00+00:00", "more", ("notes/http.md", Roadmaps.DoneContent + "Caching headers.\n"), (".git-blame-ignore-revs", reformat + "\n"));

        Assert.Equal("12.02.2026", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[3]);
    }

    [Fact]
    public void WrittenMode_NoteIsCompleteFromItsFirstRealContent()
    {
        _repo.Commit("2026-02-08T10:00:00+00:00", "config", (".roadmap-git.json", "{ \"completion\": \"written\" }"));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+00:00", "dns", ("notes/dns.md", "# DNS\n\nNames resolve to addresses through a hierarchy of servers.\n"));

        var text = Roadmaps.Update(_repo);

        Assert.Equal(["✅ Completed", "09.02.2026", "09.02.2026"], Roadmaps.Row(text, "HTTP")[1..4]);
        Assert.Equal(["✅ Completed", "10.02.2026", "10.02.2026"], Roadmaps.Row(text, "DNS")[1..4]);
        Assert.Contains("**Overall Status:** ✅ Completed | **Start:** 09.02.2026 | **Estimated Finish:** 10.02.2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeletedNote_IsNotStarted()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+00:00", "drop", ("notes/http.md", null));

        Assert.Equal(["🔴 Not Started", "xx.xx.xx", "xx.xx.xx"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void NewStubEqualToADeletedNote_DoesNotInheritItsHistory()
    {
        var template = "# Topic\n\n## Summary\n\n- \n";
        _repo.Commit("2026-02-02T10:00:00+00:00", "old stub", ("notes/old.md", template));
        _repo.Commit("2026-02-09T10:00:00+00:00", "swap", ("notes/old.md", null), ("notes/http.md", template));

        var plan = Roadmaps.Plan(_repo);

        Assert.Single(plan.Results["notes/http.md"].Timeline);
    }

    [Fact]
    public void OverallLine_InProgressSectionGetsEarliestStartAndAForecast()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.DoneContent));
        _repo.Commit("2026-02-11T10:00:00+00:00", "dns", ("notes/dns.md", "# DNS\n\nNames resolve to addresses through a hierarchy of servers.\n"));

        var text = Roadmaps.Update(_repo);

        // One finish in the three days spent so far: a third of a topic a day; one topic open: three days after 11.02.2026.
        Assert.Contains("**Overall Status:** 🟡 In Progress | **Start:** 09.02.2026 | **Estimated Finish:** 14.02.2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateLines_AreNotContent()
    {
        var template = "# Topic\n\n## What I learned about this topic today\n\nKey ideas worth remembering for the exam:\n";
        _repo.Commit("2026-02-08T10:00:00+00:00", "template", ("notes/_template.md", template));
        _repo.Commit("2026-02-09T10:00:00+00:00", "copy", ("notes/http.md", template));

        Assert.Equal("🔴 Not Started", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1]);
    }

    [Fact]
    public void FrontMatterFinished_CountsOnlyWhileTheTopicIsCompleted()
    {
        var note = "---\nstatus: in-progress\nfinished: 2026-02-01\n---\n" + Roadmaps.RealContent;
        _repo.Commit("2026-02-09T10:00:00+00:00", "reopened", ("notes/http.md", note));

        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    [Fact]
    public void Forecast_MovesOnlyWhenAStatusChanges()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.DoneContent));
        _repo.Commit("2026-02-11T10:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.RealContent));
        var updated = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-12T10:00:00+00:00", "roadmap", ("README.md", updated));

        // More learning on later days, but no status changes: not a byte of the roadmap moves.
        _repo.Commit("2026-02-20T10:00:00+00:00", "more dns", ("notes/dns.md", Roadmaps.RealContent + "Resolvers cache answers for their TTL.\n"));
        _repo.Commit("2026-02-27T10:00:00+00:00", "more http", ("notes/http.md", Roadmaps.DoneContent + "Keep-alive reuses connections.\n"));
        Assert.Equal(updated, Roadmaps.Update(_repo));
        Assert.Contains("**Estimated Finish:** 14.02.2026", updated, StringComparison.Ordinal);

        // DNS is finished: the status changes, and the section is complete on that day.
        _repo.Commit("2026-03-01T10:00:00+00:00", "dns done", ("notes/dns.md", Roadmaps.DoneContent));
        Assert.Contains("**Overall Status:** ✅ Completed | **Start:** 09.02.2026 | **Estimated Finish:** 01.03.2026", Roadmaps.Update(_repo), StringComparison.Ordinal);
    }

    [Fact]
    public void StatusLine_UsingTheRoadmapsOwnLabel_IsExplicit()
    {
        _repo.Commit("2026-02-08T10:00:00+00:00", "config", (".roadmap-git.json", "{ \"labels\": { \"completed\": \"🏆 Nailed it\" } }"));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", "Status: 🏆 Nailed it\n\n" + Roadmaps.RealContent));

        Assert.Equal(["🏆 Nailed it", "09.02.2026", "09.02.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }
}
