using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// A first run in a clone without blobs asks the remote for the note versions it lacks in one
/// request: one at a time, a long history meant thousands of requests and minutes.
/// </summary>
public sealed class PartialCloneFetchTests : IDisposable
{
    private readonly TestRepo _origin = TestRepo.Create();
    private readonly string _clonePath;

    public PartialCloneFetchTests()
    {
        _origin.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _origin.Commit("2026-02-10T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent), ("notes/dns.md", "# DNS\n"));
        _origin.Commit("2026-02-11T10:00:00+00:00", "more", ("notes/http.md", Roadmaps.RealContent + "Status codes group by hundreds.\n"));
        _origin.Commit("2026-02-12T10:00:00+00:00", "more", ("notes/http.md", Roadmaps.RealContent + "Caching headers, too.\n"), ("notes/dns.md", Roadmaps.RealContent.Replace("HTTP", "DNS", StringComparison.Ordinal)));
        _origin.Commit("2026-02-13T10:00:00+00:00", "done", ("notes/http.md", Roadmaps.DoneContent));
        _clonePath = _origin.PartialClone().Root;
    }

    public void Dispose() => _origin.Dispose();

    [Fact]
    public void FirstRun_FetchesTheVersionsTheCloneLacksInOneRequest_AndDatesAsAFullClone()
    {
        using var clone = TestRepo.Create(_clonePath);
        var packs = PromisorPacks(clone);
        Assert.Equal(4, Lacking(clone));

        var text = Roadmaps.Update(clone);

        Assert.Equal(["✅ Completed", "10.02.2026", "13.02.2026"], Roadmaps.Row(text, "HTTP")[1..4]);
        Assert.Equal(["🟡 In Progress", "12.02.2026", "xx.xx.xx"], Roadmaps.Row(text, "DNS")[1..4]);
        Assert.Equal(0, Lacking(clone));
        Assert.Equal(packs + 1, PromisorPacks(clone));
    }

    private static int PromisorPacks(TestRepo clone) => Directory.GetFiles(clone.Full(".git/objects/pack"), "*.promisor").Length;

    private static int Lacking(TestRepo clone) =>
        clone.Git("rev-list", "--objects", "--missing=print", "--all").Split('\n').Count(l => l.StartsWith('?'));
}
