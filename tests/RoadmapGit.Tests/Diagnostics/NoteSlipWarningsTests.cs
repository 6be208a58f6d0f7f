using System.Globalization;
using RoadmapGit.Core.Update;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Diagnostics;

/// <summary>A value a note states about itself that cannot be read is warned about, with the accepted values.</summary>
public sealed class NoteSlipWarningsTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public NoteSlipWarningsTests()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
    }

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("---\nstatus: doen\n---\n", 2, "unknown-status", "front matter 'status: doen' is not a status roadmap-git reads, so it is ignored. Did you mean 'status: done'? Accepted: done, complete, completed, finished, in-progress, wip, started, skipped, todo")]
    [InlineData("---\ntitle: HTTP\nstatus: completed ✅\n---\n", 3, "unknown-status", "front matter 'status: completed ✅' is not a status roadmap-git reads, so it is ignored. Did you mean 'status: completed'? Accepted: done, complete, completed, finished, in-progress, wip, started, skipped, todo")]
    [InlineData("---\ndone: yes\n---\n", 2, "unknown-done", "front matter 'done: yes' is neither true nor false, so it is ignored. Write 'done: true'")]
    [InlineData("---\nstatus: done\nfinished: 2026/02/15\n---\n", 3, "unreadable-date", "front matter 'finished: 2026/02/15' is not a date roadmap-git reads, so it is ignored. Write 'finished: 2026-02-15' (dates read: yyyy-MM-dd or dd.MM.yyyy)")]
    [InlineData("---\nstarted: last week\n---\n", 2, "unreadable-date", "front matter 'started: last week' is not a date roadmap-git reads, so it is ignored. Write it (dates read: yyyy-MM-dd or dd.MM.yyyy)")]
    [InlineData("# HTTP\n\n<!-- a\ncomment -->\n**Status:** Doen\n", 5, "unknown-status-line", "the Status line's 'Doen' reads as no status, so it is ignored. Did you mean 'done'? Accepted: 🔴 Not Started, 🟡 In Progress, ✅ Completed, ⏭️ Skipped, not started, in progress, done, skipped")]
    public void UnreadableValue_IsWarnedAtItsLine_WithTheAcceptedValues(string head, int line, string code, string message)
    {
        _repo.Commit("2026-02-09T10:00:00+01:00", "http", ("notes/http.md", head + Roadmaps.RealContent));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.Equal((code, "notes/http.md", line), (warning.Code, warning.File, warning.Line));
        Assert.Equal(message, warning.Message);
    }

    [Theory]
    [InlineData("- status: 404 Not Found means the server has no such page\n")]
    [InlineData("```http\nHTTP/1.1 200 OK\nStatus: unknown\n```\n")]
    [InlineData("Status: doen\n\n**Status:** ✅ Completed\n")]
    [InlineData("---\ndone: false\nstarted: 2026-02-09\n---\n")]
    public void ContentThatOnlyLooksLikeAStatus_OrReadableValues_AreNoWarning(string body)
    {
        _repo.Commit("2026-02-09T10:00:00+01:00", "http", ("notes/http.md", body + Roadmaps.RealContent));

        Assert.Empty(Roadmaps.Plan(_repo).Diagnostics);
    }

    [Fact]
    public void SlipMendedInALaterVersion_IsForgotten()
    {
        _repo.Commit("2026-02-09T10:00:00+01:00", "slip", ("notes/http.md", "---\nstatus: doen\n---\n" + Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+01:00", "mend", ("notes/http.md", Roadmaps.DoneContent));

        Assert.Empty(Roadmaps.Plan(_repo).Diagnostics);
    }

    [Fact]
    public void SlipInTheStagedNote_IsWhatTheHookWarnsAbout()
    {
        _repo.Stage("notes/http.md", "---\nstatus: doen\n---\n" + Roadmaps.RealContent);

        var plan = Roadmaps.Plan(_repo, new PlanRequest(RoadmapSource.Index, DateTimeOffset.Parse("2026-02-09T10:00:00+01:00", CultureInfo.InvariantCulture)));

        Assert.Equal(("unknown-status", 2), (Assert.Single(plan.Diagnostics).Code, plan.Diagnostics[0].Line));
        Assert.Equal("🟡 In Progress", Roadmaps.Row(plan.Files[0].Result.NewText, "HTTP")[1]);
    }
}
