using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// A shallow clone (CI's default) must agree with the full history about the overall line: the day
/// a topic came to its status is unknown where history is cut, never the day of the cut.
/// </summary>
public sealed class ShallowForecastTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void ShallowClone_ForecastsAsTheFullHistoryDoes()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.DoneContent));
        var full = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-10T10:05:00+00:00", "roadmap");
        _repo.Commit("2026-02-20T10:00:00+00:00", "more http", ("notes/http.md", Roadmaps.RealContent + "Status codes group by hundreds.\n"));
        Assert.Equal(full, Roadmaps.Update(_repo));
        Assert.Contains("**Estimated Finish:** 12.02.2026", full, StringComparison.Ordinal);
        using var clone = _repo.Clone("shallow", "--depth", "1");

        var plan = Roadmaps.Plan(clone);

        Assert.DoesNotContain(plan.Files, f => f.Changed);
    }
}
