using RoadmapGit.Core.Ownership;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Review;

/// <summary>
/// The record of written cells must not forget what roadmap-git wrote while a row's note is
/// missing: once the learner mends the link, those cells are still roadmap-git's, not theirs.
/// </summary>
public sealed class RecordReviewTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public RecordReviewTests()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void RowWhoseNoteWentMissing_StaysRecorded_SoItsCellsAreTheToolsWhenTheLinkIsMended()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        Roadmaps.Update(_repo);
        _repo.Commit("2026-02-09T10:05:00+00:00", "roadmap");
        _repo.Git("mv", "notes/http.md", "notes/01-http.md");
        _repo.Commit("2026-02-11T10:00:00+00:00", "rename without the hook");
        _repo.Commit("2026-02-12T10:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.RealContent));
        Roadmaps.Update(_repo);
        _repo.Commit("2026-02-12T10:05:00+00:00", "roadmap");

        _repo.Commit("2026-02-13T10:00:00+00:00", "mend the link", ("README.md", _repo.Read("README.md").Replace("./notes/http.md", "./notes/01-http.md", StringComparison.Ordinal)));

        var http = Roadmaps.Plan(_repo).Rows.Single(r => r.Row.Topic == "HTTP").Values;
        Assert.Equal(Every(CellSource.Inferred), (http.StatusCell.Source, http.StartCell.Source, http.FinishCell.Source));
        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1..4]);
    }

    private static (CellSource, CellSource, CellSource) Every(CellSource source) => (source, source, source);
}
