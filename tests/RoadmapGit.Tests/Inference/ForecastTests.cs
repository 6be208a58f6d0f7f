using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Inference;

/// <summary>Forecasts a learner can believe, that move only when a topic's status does.</summary>
public sealed class ForecastTests : IDisposable
{
    private const string TwoSections =
        "# Roadmap\n\n" +
        "## Basics\n" +
        "**Overall Status:** 🔴 Not Started | **Start:** xx.xx.xx | **Estimated Finish:** xx.xx.xx\n\n" +
        "| Topic | Status | Start Date | Finish Date | Notes |\n" +
        "|-------|--------|------------|-------------|-------|\n" +
        "| **HTTP** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [HTTP](./notes/http.md) |\n" +
        "| **DNS** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [DNS](./notes/dns.md) |\n\n" +
        "## Later\n" +
        "**Overall Status:** 🔴 Not Started | **Start:** xx.xx.xx | **Estimated Finish:** xx.xx.xx\n\n" +
        "| Topic | Status | Start Date | Finish Date | Notes |\n" +
        "|-------|--------|------------|-------------|-------|\n" +
        "| **SQL** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [SQL](./notes/sql.md) |\n" +
        "| **Caching** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [Caching](./notes/caching.md) |\n";

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void TwoDayOldSampleRoadmap_GetsAForecastWeeksAway_NotYears()
    {
        _repo.Commit("2026-02-08T12:00:00+03:00", "roadmap", ("README.md", Fixture.Text("backend-roadmap.md")
            .Replace("| ✅ Completed | 09.02.2026 | 09.02.2026 |", "| 🔴 Not Started | xx.xx.xx | xx.xx.xx |", StringComparison.Ordinal)
            .Replace("| ✅ In Progress | 10.02.2026 | 10.02.2026 |", "| 🔴 Not Started | xx.xx.xx | xx.xx.xx |", StringComparison.Ordinal)));
        _repo.Commit("2026-02-09T10:00:00+03:00", "start", ("notes/01-internet-basics.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+03:00", "done", ("notes/01-internet-basics.md", Roadmaps.DoneContent));

        var text = Roadmaps.Update(_repo);

        // One topic finished in the two days spent: half a topic a day; five open in the section: ten days.
        Assert.Contains("**Overall Status:** 🟡 In Progress | **Start:** 09.02.2026 | **Estimated Finish:** 20.02.2026", text, StringComparison.Ordinal);
        Assert.Contains("**Overall Status:** 🔴 Not Started | **Start:** xx.xx.xx | **Estimated Finish:** xx.xx.xx", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionNotBegun_KeepsThePlaceholder_UnlessEverySectionIsForecast()
    {
        _repo.Commit("2026-02-01T10:00:00+00:00", "roadmap", ("README.md", TwoSections));
        _repo.Commit("2026-02-02T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.DoneContent));

        var started = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-02T11:00:00+00:00", "forecast all", (".roadmap-git.json", "{ \"forecast\": \"all\" }"));
        var all = Roadmaps.Update(_repo);

        // One finished in one day: a topic a day. Basics: one open; Later: three open up to there.
        Assert.Contains("## Basics\n**Overall Status:** 🟡 In Progress | **Start:** 02.02.2026 | **Estimated Finish:** 03.02.2026", started, StringComparison.Ordinal);
        Assert.Contains("## Later\n**Overall Status:** 🔴 Not Started | **Start:** xx.xx.xx | **Estimated Finish:** xx.xx.xx", started, StringComparison.Ordinal);
        Assert.Contains("## Later\n**Overall Status:** 🔴 Not Started | **Start:** xx.xx.xx | **Estimated Finish:** 05.02.2026", all, StringComparison.Ordinal);
    }

    [Fact]
    public void MoreWritingOnLaterDays_LeavesTheRoadmapByteForByte()
    {
        _repo.Commit("2026-02-01T10:00:00+00:00", "roadmap", ("README.md", TwoSections));
        _repo.Commit("2026-02-02T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.DoneContent));
        _repo.Commit("2026-02-03T10:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.RealContent));
        var before = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-03T11:00:00+00:00", "roadmap");

        _repo.Commit("2026-02-10T10:00:00+00:00", "more dns", ("notes/dns.md", Roadmaps.RealContent + "Resolvers cache answers.\n"));
        _repo.Commit("2026-02-11T10:00:00+00:00", "whitespace", ("notes/dns.md", Roadmaps.RealContent + "Resolvers  cache answers.\n"));

        Assert.Equal(before, Roadmaps.Update(_repo));
    }
}
