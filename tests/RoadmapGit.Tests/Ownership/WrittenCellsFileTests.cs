using RoadmapGit.Core;
using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Tests.Ownership;

public sealed class WrittenCellsFileTests
{
    [Fact]
    public void Write_IsSortedWithABlankLineBetweenRows_AndReadsBack()
    {
        var cells = new WrittenCells(
        [
            ("README.md", "notes/b.md", new WrittenRow(TopicStatus.InProgress, new DateOnly(2026, 2, 9), null)),
            ("README.md", "notes/a\ttab.md", new WrittenRow(TopicStatus.Completed, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 3))),
            ("README.md", "notes/empty.md", new WrittenRow(null, null, null)),
        ]);

        var text = WrittenCellsFile.Write(cells);

        Assert.EndsWith(
            "\nREADME.md\tnotes/a\\ttab.md\tcompleted\t2026-02-01\t2026-02-03\n" +
            "\nREADME.md\tnotes/b.md\tin-progress\t2026-02-09\t-\n", text, StringComparison.Ordinal);
        Assert.Equal(text, WrittenCellsFile.Write(WrittenCellsFile.Parse(text)));
    }

    [Fact]
    public void ARoadmapSpelledAsTheRowBeforeUnescapesIt_IsReadAsItsOwnRoadmap()
    {
        // The first roadmap's name, escaped, is the second's: each row still names its own.
        var cells = new WrittenCells(
        [
            ("a\\\\z.md", "notes/a.md", new WrittenRow(TopicStatus.InProgress, new DateOnly(2026, 2, 3), null)),
            ("a\\z.md", "notes/b.md", new WrittenRow(TopicStatus.InProgress, new DateOnly(2026, 2, 4), null)),
        ]);

        var entries = WrittenCellsFile.Parse(WrittenCellsFile.Write(cells)).Entries.Select(e => (e.Roadmap, e.Note)).ToList();

        Assert.Equal([("a\\\\z.md", "notes/a.md"), ("a\\z.md", "notes/b.md")], entries);
    }

    [Theory]
    [InlineData("README.md\tnotes/a.md\tin-progress\t2026-02-09")]
    [InlineData("README.md\tnotes/a.md\tin-progress\t2026-02-09\t-\t")]
    [InlineData("README.md\tnotes/a.md\tin-progress\t2026-02-09\t-\t0")]
    [InlineData("README.md\tnotes/a.md\tin-progress\t2026-02-09\t-\t1\textra")]
    [InlineData("README.md\tnotes/a.md\tin progress\t2026-02-09\t-")]
    [InlineData("README.md\tnotes/a.md\tin-progress\t2026-2-9\t-")]
    [InlineData("README.md\tnotes/a.md\tin-progress\t2026-02-30\t-")]
    [InlineData("README.md\tnotes/a.md\tin-progress\t09.02.2026\t-")]
    public void ALineItCannotRead_IsPassedOver_AndTheRestIsRead(string unreadable)
    {
        var text = unreadable + "\r\n\nREADME.md\tnotes/b\\\\c\\n.md\tcompleted\t2026-02-01\t2026-02-03\t2\r\n";

        var entries = WrittenCellsFile.Parse(text).Entries.ToList();

        var (roadmap, note, row) = Assert.Single(entries);
        Assert.Equal(("README.md", "notes/b\\c\n.md"), (roadmap, note));
        Assert.Equal(new WrittenRow(TopicStatus.Completed, new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 3), 2), row);
    }

    [Fact]
    public void ConflictMarkers_AreSkipped_AndBothSidesAreRemembered()
    {
        var text =
            "<<<<<<< HEAD\n" +
            "README.md\tnotes/a.md\tin-progress\t2026-02-09\t-\n" +
            "=======\n" +
            "README.md\tnotes/a.md\tcompleted\t2026-02-09\t2026-02-10\n" +
            ">>>>>>> branch\n";

        var cells = WrittenCellsFile.Parse(text);

        Assert.True(cells.Wrote("README.md", "notes/a.md", TopicStatus.InProgress));
        Assert.True(cells.Wrote("README.md", "notes/a.md", TopicStatus.Completed));
        Assert.True(cells.Wrote("README.md", "notes/a.md", CellColumn.Finish, new DateOnly(2026, 2, 10)));
        Assert.False(cells.Wrote("README.md", "notes/a.md", TopicStatus.Skipped));
    }
}
