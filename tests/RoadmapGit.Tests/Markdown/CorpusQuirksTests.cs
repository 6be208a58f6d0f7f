using System.Text;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Markdown;

/// <summary>
/// Fixtures of our own that reproduce the quirks of real learners' progress files: never crash,
/// never change a byte the tool does not own, and read qualifying tables' rows correctly.
/// </summary>
public sealed class CorpusQuirksTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    public static TheoryData<string> Fixtures() => new()
    {
        "details-log.md", "crlf-padded.md", "checkbox-cells.md", "short-rows.md",
        "nbhyphen-dates.md", "no-trailing-pipes.md", "status-first.md",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Quirks_UpdateChangesOnlyOwnedSpans_AndASecondRunNothing(string fixture)
    {
        var original = Fixture.Bytes("quirks/" + fixture);
        _repo.WriteBytes("README.md", original);
        _repo.Commit("2026-01-10T10:00:00+01:00", "roadmap");
        foreach (var note in RoadmapParser.Parse("README.md", Encoding.UTF8.GetString(original)).Rows.Select(r => r.Note?.Path).OfType<string>().Take(2))
        {
            _repo.Commit("2026-01-12T10:00:00+01:00", "note", (note, Roadmaps.DoneContent));
        }

        var first = Roadmaps.Update(_repo);
        Lossless.AssertOnlyOwnedChanged(Encoding.UTF8.GetString(original), first);
        Assert.Equal(first, Roadmaps.Update(_repo));
    }

    [Fact]
    public void DetailsLog_TableInsideDetailsIsRead_AndTheRowWithAnExtraPipeIsLeftAlone()
    {
        var document = Parse("details-log.md");
        var table = Assert.Single(document.Tables);

        Assert.Equal(["notes/oop.md", "notes/encapsulation.md", "notes/operators.md", null, "notes/switch.md"], table.Rows.Select(r => r.Note?.Path));
        Assert.Contains(document.Diagnostics, w => w.Line == 13 && w.Code == "shifted-row");
    }

    [Fact]
    public void DetailsLog_YearlessDatesAreWrittenWithoutAYear()
    {
        CommitRoadmap("details-log.md");
        _repo.Commit("2026-02-03T10:00:00+01:00", "switch", ("notes/switch.md", Roadmaps.RealContent));

        Assert.Contains("| Day5 | 01/04 | Switch | 🟡 In Progress | 02/03 | [notes](notes/switch.md) |", Roadmaps.Update(_repo, rebuild: true), StringComparison.Ordinal);
    }

    [Fact]
    public void CrlfPadded_LearnsMonthFirstShortDatesAndLegendLabels()
    {
        CommitRoadmap("crlf-padded.md");
        _repo.Commit("2026-01-17T10:00:00+01:00", "one", ("01-identities/notes.md", Roadmaps.DoneContent));
        _repo.Commit("2026-02-02T10:00:00+01:00", "three", ("03-storage/notes.md", Roadmaps.RealContent));

        var text = Roadmaps.Update(_repo);

        // In Progress, which the table never shows, comes from the legend line. The row whose note is
        // not in the repository keeps its hand-written cells, and is warned about.
        Assert.Contains("| ✅     | [notes.md](01-identities/notes.md) |  1/17/26         |\r\n", text, StringComparison.Ordinal);
        Assert.Contains("| ✅    | [notes.md](02-networks/notes.md)  | 1/21/26        |\r\n", text, StringComparison.Ordinal);
        Assert.Contains("| 🚧 In Progress    | [notes.md](03-storage/notes.md)     |           |\r\n", text, StringComparison.Ordinal);
        Assert.Contains(Roadmaps.Plan(_repo).Diagnostics, d => d.Code == "missing-note" && d.Line == 8);
    }

    [Fact]
    public void ShortRows_MissingCellsAreNotInvented()
    {
        var document = Parse("short-rows.md");
        var rows = Assert.Single(document.Tables).Rows;

        Assert.Equal(4, rows[0].Line.Cells.Count);
        Assert.Equal(["In Progress", "Started", "Not Started"], rows.Select(r => r.Line.Cells[1].Text));
    }

    [Fact]
    public void NbHyphenDates_LeadingDoublePipeRowIsLeftAlone_AndDatesKeepTheirHyphens()
    {
        CommitRoadmap("nbhyphen-dates.md");
        _repo.Commit("2026-01-20T10:00:00+01:00", "data", ("notes/data-structures.md", Roadmaps.DoneContent));

        var text = Roadmaps.Update(_repo);

        // A bare dash says nothing yet: the tool fills the row. Primitive types links a note that is not
        // there, so its hand-written "15/15" and date stay.
        Assert.Contains("| [Data structures](notes/data-structures.md) | ✅ | 2026\u201101\u201120 | — |", text, StringComparison.Ordinal);
        Assert.Contains("| [Primitive types](notes/primitives.md) | 15/15 | 2025\u201101\u201117 | — |", text, StringComparison.Ordinal);
        Assert.Contains("|| [Functions](notes/functions.md) | ✅ | 2025\u201101\u2011XX | — |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTrailingPipes_RowsAreRead_AndMergedRowsAreLeftAlone()
    {
        var document = Parse("no-trailing-pipes.md");
        var rows = Assert.Single(document.Tables).Rows;

        Assert.Equal(["notes/toeplitz.md", "notes/right-view.md", "notes/diameter.md", null, "notes/pow.md"], rows.Select(r => r.Note?.Path));
        Assert.Equal("no need to practice", rows[0].Line.Cells[3].Text);
    }

    [Fact]
    public void StatusFirst_SeparatorAboveTheHeaderAndClosingLineAreSkipped()
    {
        var document = Parse("status-first.md");
        var table = Assert.Single(document.Tables);

        Assert.Equal(0, table.Columns.Status);
        Assert.Equal(3, table.Rows.Count);
        Assert.Empty(document.Diagnostics);
    }

    private void CommitRoadmap(string fixture)
    {
        _repo.WriteBytes("README.md", Fixture.Bytes("quirks/" + fixture));
        _repo.Commit("2026-01-10T10:00:00+01:00", "roadmap");
    }

    private static RoadmapDocument Parse(string fixture) =>
        RoadmapParser.Parse("README.md", Encoding.UTF8.GetString(Fixture.Bytes("quirks/" + fixture)));
}
