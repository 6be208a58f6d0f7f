using RoadmapGit.Core;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Ownership;

/// <summary>
/// The record of written cells must not forget what roadmap-git wrote while a row's note is
/// missing: once the learner mends the link, those cells are still roadmap-git's, not theirs.
/// </summary>
public sealed class WrittenRecordTests : IDisposable
{
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

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

    [Fact]
    public void TwoRowsLinkingOneNote_AreRecordedEachOnItsOwn_SoOneRowsHandStatusIsNotTakenForTheOthers()
    {
        const string twoRows = Roadmaps.Small + "| **HTTP again** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [HTTP](./notes/http.md) |\n";
        _repo.Commit("2026-02-02T09:00:00+00:00", "second row", ("README.md", twoRows));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        var updated = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-09T10:05:00+00:00", "roadmap");
        _repo.Commit("2026-02-12T10:00:00+00:00", "done by hand", ("README.md", Roadmaps.WithRow(updated, "HTTP again", "✅ Completed", "09.02.2026", "xx.xx.xx")));
        Roadmaps.Update(_repo);
        _repo.Commit("2026-02-12T10:05:00+00:00", "roadmap");
        _repo.Commit("2026-02-14T10:00:00+00:00", "http done", ("notes/http.md", Roadmaps.DoneContent));
        Assert.Equal(["✅ Completed", "09.02.2026", "14.02.2026"], Roadmaps.Row(Roadmaps.Update(_repo), "**HTTP**")[1..4]);
        _repo.Commit("2026-02-14T10:05:00+00:00", "roadmap");

        var text = Roadmaps.Update(_repo);

        Assert.Equal(["✅ Completed", "09.02.2026", "14.02.2026"], Roadmaps.Row(text, "**HTTP**")[1..4]);
        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026"], Roadmaps.Row(text, "HTTP again")[1..4]);
    }

    [Fact]
    public void RecordFile_NamesTheSecondRowOfANote_AndALineWithoutThatFieldIsTheFirstRow()
    {
        var text =
            "README.md\tnotes/a.md\tin-progress\t2026-02-09\t-\n" +
            "README.md\tnotes/a.md\tcompleted\t2026-02-09\t2026-02-12\t1\n" +
            "README.md\tnotes/a.md\tskipped\t-\t-\t0\n";

        var cells = WrittenCellsFile.Parse(text);

        Assert.True(cells.Wrote("README.md", "notes/a.md", TopicStatus.InProgress, occurrence: 0));
        Assert.False(cells.Wrote("README.md", "notes/a.md", TopicStatus.Completed, occurrence: 0));
        Assert.True(cells.Wrote("README.md", "notes/a.md", CellColumn.Finish, new DateOnly(2026, 2, 12), occurrence: 1));
        Assert.False(cells.Wrote("README.md", "notes/a.md", TopicStatus.Skipped, occurrence: 0));
        Assert.EndsWith(
            "\nREADME.md\tnotes/a.md\tin-progress\t2026-02-09\t-\n" +
            "\nREADME.md\tnotes/a.md\tcompleted\t2026-02-09\t2026-02-12\t1\n", WrittenCellsFile.Write(cells), StringComparison.Ordinal);
    }

    private static (CellSource, CellSource, CellSource) Every(CellSource source) => (source, source, source);
}
