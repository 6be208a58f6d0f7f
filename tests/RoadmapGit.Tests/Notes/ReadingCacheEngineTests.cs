using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Notes;

/// <summary>With and without the caches in the git directory, a run plans the same.</summary>
public sealed class ReadingCacheEngineTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void WarmRun_PlansWhatAColdRunPlans()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+00:00", "spaces", ("notes/http.md", Roadmaps.RealContent.Replace(" ", "  ", StringComparison.Ordinal)));
        _repo.Commit("2026-02-12T10:00:00+00:00", "dns", ("notes/dns.md", "---\nstatus: doen\n---\n" + Roadmaps.RealContent));
        var caches = Path.Combine(_repo.Root, ".git", "roadmap-git");

        var cold = Describe(Roadmaps.Plan(_repo));
        Assert.True(File.Exists(Path.Combine(caches, "readings.bin")));
        var warm = Describe(Roadmaps.Plan(_repo));

        Assert.Equal(cold, warm);
    }

    private static string Describe(RoadmapGit.Core.Update.EnginePlan plan) =>
        string.Join("\n", plan.Rows.Select(r => $"{r.Row.Topic} {r.Values} {string.Join(";", r.Result.Timeline.Select(e => $"{e.State} {e.Effective} {e.Why} {e.SkipReason}"))}"))
        + "\n" + string.Join("\n", plan.Diagnostics) + "\n" + plan.Files[0].Result.NewText;
}
