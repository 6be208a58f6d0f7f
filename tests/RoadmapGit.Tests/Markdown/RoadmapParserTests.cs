using RoadmapGit.Core.Markdown;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Markdown;

public sealed class RoadmapParserTests
{
    [Fact]
    public void Sample_FindsEveryTableRowAndOverallLine()
    {
        var document = RoadmapParser.Parse("README.md", Fixture.Text("backend-roadmap.md"));

        Assert.Equal(22, document.Tables.Count);
        Assert.Equal(86, document.Rows.Count());
        Assert.Equal(22, document.OverallLines.Count);
        Assert.All(document.Rows, r => Assert.NotNull(r.Note));
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Sample_RowsCarryTopicNotePathAndSection()
    {
        var document = RoadmapParser.Parse("README.md", Fixture.Text("backend-roadmap.md"));
        var second = document.Rows.ElementAt(1);

        Assert.Equal("What is HTTP?", second.Topic);
        Assert.Equal("notes/02-http-protocol.md", second.Note!.Path);
        Assert.Equal("./notes/02-http-protocol.md", document.Text[second.Note.UrlSpan.Start..second.Note.UrlSpan.End]);
        Assert.Equal("📚 1. INTRODUCTION TO HOW THE INTERNET WORKS", second.Section);
        Assert.Equal("✅ In Progress", second.Line.Cells[1].Text);
    }

    [Fact]
    public void Sample_DoublePipeRowKeepsItsNoteAndGetsAnEmptySixthCell()
    {
        var document = RoadmapParser.Parse("README.md", Fixture.Text("backend-roadmap.md"));
        var row = document.Rows.Single(r => r.Topic == "Server Security");

        Assert.Equal(6, row.Line.Cells.Count);
        Assert.Equal(string.Empty, row.Line.Cells[5].Text);
        Assert.Equal("notes/33-server-security.md", row.Note!.Path);
    }

    [Fact]
    public void Sample_DuplicateTopicNamesStayDistinctRows()
    {
        var document = RoadmapParser.Parse("README.md", Fixture.Text("backend-roadmap.md"));
        var redis = document.Rows.Where(r => r.Topic == "Redis").ToList();

        Assert.Equal(2, redis.Count);
        Assert.NotEqual(redis[0].Note!.Path, redis[1].Note!.Path);
    }

    [Fact]
    public void OverallLine_ValuesHaveExactSpans()
    {
        var text = Fixture.Text("backend-roadmap.md");
        var overall = RoadmapParser.Parse("README.md", text).OverallLines[0];

        Assert.Equal("🟡 In Progress", overall.Status.Text);
        Assert.Equal("09.02.2026", text[overall.Start!.Span.Start..overall.Start.Span.End]);
        Assert.Equal("xx.xx.xx", overall.Finish!.Text);
    }

    [Fact]
    public void Table_WithoutStatusColumn_IsNotARoadmapTable()
    {
        const string text = "| Topic | Start | Notes |\n|---|---|---|\n| A | x | [n](n.md) |\n";

        Assert.Empty(RoadmapParser.Parse("README.md", text).Tables);
    }

    [Fact]
    public void Header_AliasesAreRecognisedCaseInsensitively()
    {
        const string text = "| Subject | STATE | Started | Done | Link |\n|---|---|---|---|---|\n| A | todo | | | [n](n.md) |\n";
        var table = RoadmapParser.Parse("README.md", text).Tables.Single();

        Assert.Equal(new ColumnMap(1, 2, 3, 0, 4), table.Columns);
    }

    [Fact]
    public void EscapedPipe_StaysInsideItsCell()
    {
        const string text = "| Topic | Status | Finish |\n|---|---|---|\n| a \\| b | Done | 2026-01-01 |\n";
        var row = RoadmapParser.Parse("README.md", text).Rows.Single();

        Assert.Equal(@"a \| b", row.Line.Cells[0].Text);
        Assert.Equal("Done", row.Line.Cells[1].Text);
    }

    [Fact]
    public void Link_OutsideRepository_IsIgnoredWithAWarning()
    {
        const string text = "| Topic | Status | Finish |\n|---|---|---|\n| [a](../../etc/passwd) | Done | |\n";
        var document = RoadmapParser.Parse("README.md", text);

        Assert.Null(document.Rows.Single().Note);
        Assert.Contains(document.Diagnostics, w => w.Code == "link-outside");
    }

    [Fact]
    public void Link_IsResolvedRelativeToTheRoadmapAndDecoded()
    {
        const string text = "| Topic | Status | Finish |\n|---|---|---|\n| [a](https://x.org) [b](../notes/My%20Note.md#top) | Done | |\n";
        var row = RoadmapParser.Parse("docs/ROADMAP.md", text).Rows.Single();

        Assert.Equal("notes/My Note.md", row.Note!.Path);
    }

    [Fact]
    public void AlignedTable_MarksItsPaddedColumns()
    {
        const string text =
            "| Topic | Status         | Finish     |\n" +
            "|-------|----------------|------------|\n" +
            "| A     | ✅ Completed   | 2026-01-01 |\n" +
            "| B     | Not Started    |            |\n";
        var table = RoadmapParser.Parse("README.md", text).Tables.Single();

        Assert.Contains(1, table.AlignedColumns);
        Assert.Contains(2, table.AlignedColumns);
    }

    [Fact]
    public void TablesInCodeBlocksAndHtml_AreNeverRoadmapTables()
    {
        const string text =
            "```markdown\n| Topic | Status | Finish |\n|---|---|---|\n| [a](a.md) | todo | |\n```\n\n" +
            "<div>\n| Topic | Status | Finish |\n|---|---|---|\n| [b](b.md) | todo | |\n</div>\n";

        Assert.Empty(RoadmapParser.Parse("README.md", text).Tables);
    }

    [Fact]
    public void TableInABlockQuote_IsReadAfterTheMarker()
    {
        const string text = "> | Topic | Status | Finish |\n> |---|---|---|\n> | [a](a.md) | todo | |\n";
        var row = RoadmapParser.Parse("README.md", text).Rows.Single();

        Assert.Equal("a.md", row.Note!.Path);
        Assert.Equal("todo", row.Line.Cells[1].Text);
    }

    [Fact]
    public void ReferenceStyleLink_ResolvesThroughItsDefinition()
    {
        const string text = "| Topic | Status | Finish |\n|---|---|---|\n| [HTTP][http] | todo | |\n\n[http]: ./notes/http.md\n";
        var row = RoadmapParser.Parse("README.md", text).Rows.Single();

        Assert.Equal("notes/http.md", row.Note!.Path);
        Assert.Equal(0, row.Note.UrlSpan.Length);
    }
}
