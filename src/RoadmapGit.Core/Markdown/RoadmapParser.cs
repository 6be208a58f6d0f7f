using Markdig;
using Markdig.Syntax;
using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// Finds roadmap tables, their note links and overall lines in a markdown file. Markdig decides
/// what is code, HTML, a heading, a paragraph or a link; tables follow GFM's rule on the source
/// lines (see <see cref="TableScanner"/>), so every span is exact and nothing is re-rendered.
/// </summary>
public static partial class RoadmapParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePreciseSourceLocation()
        .Build();

    public static RoadmapDocument Parse(string path, string text, OverallLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        labels ??= OverallLabels.Default;
        var lines = new LineIndex(text);
        var markdown = ParseMarkdown(path, text);
        var sections = Sections.Read(markdown, lines, text);
        var warnings = new List<Diagnostic>();
        var scanned = TableScanner.Find(text, lines, NeverTables(markdown, lines));
        var tableLines = scanned
            .SelectMany(t => Enumerable.Range(t.Header.LineNumber, t.Rows.Count + 2))
            .ToHashSet();

        var overallLines = new List<OverallLine>();
        var legend = new List<string>();
        foreach (var paragraph in markdown.Descendants<ParagraphBlock>())
        {
            var first = lines.LineOf(paragraph.Span.Start);
            var last = lines.LineOf(Math.Max(paragraph.Span.Start, paragraph.Span.End));
            for (var line = first; line <= last; line++)
            {
                if (!tableLines.Contains(line))
                {
                    ReadParagraphLine(text, lines, line, labels, sections, overallLines, legend);
                }
            }
        }

        var links = new NoteLinks(markdown);
        var tables = new List<RoadmapTable>();
        foreach (var table in scanned)
        {
            var roadmapTable = ReadTable(path, text, lines, table, sections, overallLines, links, warnings);
            if (roadmapTable is not null)
            {
                tables.Add(roadmapTable);
            }
        }

        return new RoadmapDocument(path, text, tables, overallLines, legend, warnings);
    }

    private static MarkdownDocument ParseMarkdown(string path, string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) when (e.ParamName is null)
        {
            // Markdig refuses nesting deeper than it can walk (thousands of '>' or list levels).
            throw Fail.NestedTooDeeply(path);
        }
    }

    /// <summary>Lines inside code, HTML blocks and front matter, where a pipe is never a table.</summary>
    private static HashSet<int> NeverTables(MarkdownDocument markdown, LineIndex lines)
    {
        var excluded = new HashSet<int>();
        // Front matter is a CodeBlock too.
        foreach (var block in markdown.Descendants<LeafBlock>().Where(b => b is CodeBlock or HtmlBlock))
        {
            var first = lines.LineOf(block.Span.Start);
            var last = lines.LineOf(Math.Max(block.Span.Start, block.Span.End));
            for (var line = first; line <= last; line++)
            {
                excluded.Add(line);
            }
        }

        return excluded;
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
        string path, string text, LineIndex lines, ScannedTable table, List<Section> sections,
        List<OverallLine> overallLines, NoteLinks links, List<Diagnostic> warnings)
    {
        var header = table.Header;
        if (!ColumnMap.TryCreate(header.Cells.Select(c => c.Text).ToList(), out var columns))
        {
            return null;
        }

        var section = Sections.TitleAt(lines.StartOf(header.LineNumber), sections, overallLines);
        var roadmapRows = new List<RoadmapRow>();

        // A closing full-width |-----| line is decoration, not a row.
        foreach (var line in table.Rows.Where(r => !TableScanner.IsDelimiter(r)))
        {
            var topicCell = line.CellAt(columns.Topic);
            var topic = topicCell is null ? string.Empty : PlainText(topicCell.Text);
            if (TableGeometry.IsShifted(text, line, header.Cells.Count))
            {
                warnings.Add(Diagnose.ShiftedRow(path, line.LineNumber + 1));
                roadmapRows.Add(new RoadmapRow(line, topic, null, section, Shifted: true));
                continue;
            }

            var note = links.Find(path, line, warnings);
            if (note is null)
            {
                warnings.Add(Diagnose.RowWithoutNote(path, line.LineNumber + 1, topic));
            }

            roadmapRows.Add(new RoadmapRow(line, topic, note, section));
        }

        var allLines = new List<TableLine> { header, table.Delimiter };
        allLines.AddRange(roadmapRows.Select(r => r.Line));
        return new RoadmapTable(header, table.Delimiter, roadmapRows, columns, TableGeometry.AlignedColumns(text, allLines, header.Cells.Count), section);
    }

    /// <summary>The topic as a reader sees it: emphasis and link syntax dropped.</summary>
    internal static string PlainText(string cell)
    {
        var text = Link().Replace(cell, "$1");
        return text.Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("__", string.Empty, StringComparison.Ordinal)
            .Replace("`", string.Empty, StringComparison.Ordinal)
            .Trim();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex Link();
}
