using RoadmapGit.Core;
using RoadmapGit.Core.Report;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Report;

public sealed class ProgressReportTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Report_ListsStaleAndRecentlyFinishedTopics_AndLeavesSkippedOutOfProgress()
    {
        var roadmap = Roadmaps.Small + "| **TLS** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [TLS](./notes/tls.md) |\n";
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", roadmap));
        _repo.Commit("2026-02-02T09:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-03T09:00:00+00:00", "tls", ("notes/tls.md", "---\nstatus: skipped\n---\n"));
        _repo.Commit("2026-02-25T09:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.DoneContent));

        var report = ProgressReport.From(Roadmaps.Plan(_repo));
        var text = TextReportWriter.Write(report);

        Assert.Equal(new DateOnly(2026, 2, 25), report.AsOf);
        Assert.Equal((1, 2, 50), (report.Completed, report.Counted, report.Percent));
        Assert.Equal(["HTTP"], report.Stale.Select(t => t.Title));
        Assert.Equal(["DNS"], report.RecentlyFinished.Select(t => t.Title));
        Assert.Equal(TopicStatus.Skipped, report.Topics.Single(t => t.Title == "TLS").Status);
        Assert.Contains("Stale (no commit for 14+ days):\n  - HTTP (last commit 2026-02-02)", text, StringComparison.Ordinal);
        Assert.Contains("Overall: 1 of 2 topics completed (50%), 1 in progress", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithNothingFinished_HasNoPaceAndNoForecast()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-02T09:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));

        var report = ProgressReport.From(Roadmaps.Plan(_repo));

        Assert.Null(report.Pace);
        Assert.Null(report.Forecast);
        Assert.Contains("Pace: nothing finished yet", TextReportWriter.Write(report), StringComparison.Ordinal);
    }
}
