using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>A clone without blobs dates notes as the full repository does: git fetches the texts it lacks.</summary>
public sealed class PartialCloneTests : IDisposable
{
    private readonly TestRepo _origin = TestRepo.Create();
    private readonly string _clonePath;

    public PartialCloneTests()
    {
        _origin.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _origin.Commit("2026-02-10T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        _origin.Commit("2026-02-12T10:00:00+00:00", "done", ("notes/http.md", Roadmaps.DoneContent));
        _clonePath = _origin.PartialClone().Root;
    }

    public void Dispose() => _origin.Dispose();

    [Fact]
    public void PartialClone_DatesTheNoteFromItsFirstCommitWithContent()
    {
        using var clone = TestRepo.Create(_clonePath);

        var row = Roadmaps.Row(Roadmaps.Update(clone), "HTTP");

        Assert.Equal(["✅ Completed", "10.02.2026", "12.02.2026"], row[1..4]);
    }
}
