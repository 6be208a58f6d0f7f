using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// Finding where a hand value came from reads the roadmap's older versions; a clone without blobs
/// asks the remote for them a batch at a time, not one request a version.
/// </summary>
public sealed class PartialCloneHandValuesTests : IDisposable
{
    private const int LaterEdits = 20;

    private readonly TestRepo _origin = TestRepo.Create();
    private readonly string _clonePath;

    public PartialCloneHandValuesTests()
    {
        _origin.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _origin.Commit("2026-02-02T09:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        var roadmap = Roadmaps.WithRow(Roadmaps.Small, "HTTP", "✅ Completed", "03.02.2026", "04.02.2026");
        _origin.Commit("2026-02-04T20:00:00+00:00", "HTTP done, by hand", ("README.md", roadmap));

        // The roadmap changes on, the hand-written row kept as it is.
        for (var day = 1; day <= LaterEdits; day++)
        {
            roadmap += $"\nA line about plans, written on day {day}.\n";
            _origin.Commit($"2026-03-{day:D2}T20:00:00+00:00", "plans", ("README.md", roadmap));
        }

        _clonePath = _origin.PartialClone().Root;
    }

    public void Dispose() => _origin.Dispose();

    [Fact]
    public void HandValueBehindManyVersions_IsDatedFromFewRequests_AsInAFullClone()
    {
        using var clone = TestRepo.Create(_clonePath);
        var packs = PromisorPacks(clone);

        var plan = Roadmaps.Plan(clone);

        var http = plan.Rows.Single(r => r.Row.Topic == "HTTP");
        Assert.Equal("04.02.2026", http.Values.StatusSince?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(PromisorPacks(clone) - packs, 1, 4);
    }

    private static int PromisorPacks(TestRepo clone) => Directory.GetFiles(clone.Full(".git/objects/pack"), "*.promisor").Length;
}
