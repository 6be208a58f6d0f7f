using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// Finds roadmap tables, their note links and overall lines in a markdown file. Markdig decides
/// what is a table, a heading or a link; cells are cut from the source lines so that every span
/// is exact and nothing is re-rendered.
/// </summary>
public static class RoadmapParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    public static RoadmapDocument Parse(string path, string text, OverallLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        labels ??= OverallLabels.Default;
        var lines = new LineIndex(text);
        var markdown = Markdig.Markdown.Parse(text, Pipeline);
        var sections = ReadSections(markdown, lines, text);
        var warnings = new List<DocumentWarning>();
        var overallLines = new List<OverallLine>();
        var legend = new List<string>();

        foreach (var paragraph in markdown.Descendants<ParagraphBlock>())
        {
            if (paragraph.Parent is Markdig.Extensions.Tables.TableCell)
            {
                continue;
            }

            var first = lines.LineOf(paragraph.Span.Start);
            var last = lines.LineOf(Math.Max(paragraph.Span.Start, paragraph.Span.End));
            for (var line = first; line <= last; line++)
            {
                ReadParagraphLine(text, lines, line, labels, sections, overallLines, legend);
            }
        }

        var tables = new List<RoadmapTable>();
        foreach (var table in markdown.Descendants<Table>())
        {
            var roadmapTable = ReadTable(path, text, lines, table, sections, overallLines, warnings);
            if (roadmapTable is not null)
            {
                tables.Add(roadmapTable);
            }
        }

        return new RoadmapDocument(path, text, tables, overallLines, legend, warnings);
    }

    private static void ReadParagraphLine(
        string text, LineIndex lines, int line, OverallLabels labels, List<Section> sections,
        List<OverallLine> overallLines, List<string> legend)
    {
        var fields = OverallLineReader.ReadFields(text, lines.StartOf(line), lines.EndOf(line));
        if (fields.Count == 0)
        {
            return;
        }

        if (fields[0].Label == "legend")
        {
            legend.AddRange(fields.Select(f => f.Value.Text).Where(t => t.Length > 0));
            return;
        }

        var status = fields.FirstOrDefault(f => OverallLineReader.IsOneOf(f.Label, labels.Status));
        if (status.Value is null)
        {
            return;
        }

        var start = fields.FirstOrDefault(f => OverallLineReader.IsOneOf(f.Label, labels.Start)).Value;
        var finish = fields.FirstOrDefault(f => OverallLineReader.IsOneOf(f.Label, labels.Finish)).Value;
        var offset = lines.StartOf(line);
        var section = sections.LastOrDefault(s => s.Start <= offset && offset < s.End);
        overallLines.Add(new OverallLine(
            line, status.Value, start, finish,
            section?.Title ?? string.Empty, section?.Start ?? 0, section?.End ?? text.Length));
    }

    private static RoadmapTable? ReadTable(
        string path, string text, LineIndex lines, Table table, List<Section> sections,
        List<OverallLine> overallLines, List<DocumentWarning> warnings)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0 || !rows[0].IsHeader)
        {
            return null;
        }

        var header = ReadLine(text, lines, rows[0]);
        if (!ColumnMap.TryCreate(header.Cells.Select(c => c.Text).ToList(), out var columns))
        {
            return null;
        }

        var delimiter = ReadDelimiter(text, lines, header.LineNumber + 1);
        var tableStart = lines.StartOf(header.LineNumber);
        var section = SectionTitle(tableStart, sections, overallLines);
        var roadmapRows = new List<RoadmapRow>();
        foreach (var row in rows.Skip(1))
        {
            var line = ReadLine(text, lines, row);
            var topicCell = line.CellAt(columns.Topic);
            var topic = topicCell is null ? string.Empty : PlainText(topicCell.Text);
            var note = FindNote(path, row, line, warnings);
            if (note is null)
            {
                warnings.Add(new DocumentWarning(line.LineNumber + 1,
                    $"row '{topic}' has no link to a note inside the repository; left as it is"));
            }

            roadmapRows.Add(new RoadmapRow(line, topic, note, section));
        }

        var allLines = new List<TableLine> { header };
        if (delimiter is not null)
        {
            allLines.Add(delimiter);
        }

        allLines.AddRange(roadmapRows.Select(r => r.Line));
        return new RoadmapTable(header, delimiter, roadmapRows, columns, AlignedColumns(text, allLines, header.Cells.Count), section);
    }

    private static TableLine ReadLine(string text, LineIndex lines, TableRow row)
    {
        var lineNumber = row.Line;
        var start = lines.StartOf(lineNumber);
        var end = lines.EndOf(lineNumber);

        // Inside a block quote or list the row begins after the container's marker.
        if (row.Span.Start > start && row.Span.Start <= end)
        {
            start = row.Span.Start;
        }

        return new TableLine(lineNumber, new TextSpan(start, end), RowSplitter.Split(text, start, end));
    }

    private static TableLine? ReadDelimiter(string text, LineIndex lines, int lineNumber)
    {
        if (lineNumber >= lines.Count)
        {
            return null;
        }

        var start = lines.StartOf(lineNumber);
        var end = lines.EndOf(lineNumber);
        var cells = RowSplitter.Split(text, start, end);
        var isDelimiter = cells.Count > 0 && cells.All(c => c.Text.Length > 0 && c.Text.All(ch => ch is '-' or ':' or ' '));
        return isDelimiter ? new TableLine(lineNumber, new TextSpan(start, end), cells) : null;
    }

    private static NoteLink? FindNote(string path, TableRow row, TableLine line, List<DocumentWarning> warnings)
    {
        foreach (var link in row.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is null)
            {
                continue;
            }

            switch (LinkTarget.Resolve(link.Url, path, out var target))
            {
                case LinkTarget.Kind.InsideRepository:
                    var urlSpan = link.UrlSpan;
                    var span = urlSpan.IsEmpty ? default : new TextSpan(urlSpan.Start, urlSpan.End + 1);
                    return new NoteLink(target, span, link.Url);
                case LinkTarget.Kind.OutsideRepository:
                    warnings.Add(new DocumentWarning(line.LineNumber + 1,
                        $"link '{link.Url}' points outside the repository; it is not read"));
                    break;
            }
        }

        return null;
    }

    /// <summary>Columns whose every line has the same display width: padded to align, so kept aligned.</summary>
    private static HashSet<int> AlignedColumns(string text, List<TableLine> lines, int columnCount)
    {
        var aligned = new HashSet<int>();
        for (var column = 0; column < columnCount; column++)
        {
            var widths = lines
                .Select(l => l.CellAt(column))
                .Where(c => c is not null)
                .Select(c => DisplayWidth.Of(text.AsSpan(c!.Segment.Start, c.Segment.Length)))
                .ToList();
            if (widths.Count >= 3 && widths.All(w => w == widths[0]))
            {
                aligned.Add(column);
            }
        }

        return aligned;
    }

    private static string SectionTitle(int offset, List<Section> sections, List<OverallLine> overallLines)
    {
        var enclosing = sections.Where(s => s.Start <= offset && offset < s.End).ToList();
        var withOverall = enclosing.LastOrDefault(s => overallLines.Any(o => o.SectionStart == s.Start));
        return (withOverall ?? enclosing.LastOrDefault())?.Title ?? string.Empty;
    }

    private static List<Section> ReadSections(MarkdownDocument markdown, LineIndex lines, string text)
    {
        var headings = markdown.Descendants<HeadingBlock>()
            .Select(h => (h.Level, Line: h.Line, Start: lines.StartOf(h.Line)))
            .OrderBy(h => h.Start)
            .ToList();
        var sections = new List<Section>();
        for (var i = 0; i < headings.Count; i++)
        {
            var end = headings.Skip(i + 1).FirstOrDefault(h => h.Level <= headings[i].Level).Start;
            if (end == 0)
            {
                end = text.Length;
            }

            var title = text[headings[i].Start..lines.EndOf(headings[i].Line)].Trim().TrimStart('#').TrimEnd('#').Trim();
            sections.Add(new Section(title, headings[i].Start, end));
        }

        return sections;
    }

    /// <summary>The topic as a reader sees it: emphasis and link syntax dropped.</summary>
    internal static string PlainText(string cell)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(cell, @"!?\[([^\]]*)\]\([^)]*\)", "$1");
        return text.Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("__", string.Empty, StringComparison.Ordinal)
            .Replace("`", string.Empty, StringComparison.Ordinal)
            .Trim();
    }

    private sealed record Section(string Title, int Start, int End);
}
