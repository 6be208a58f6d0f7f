using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// Finds GFM pipe tables in source lines: a line with a pipe, then a delimiter row with as many
/// cells, then rows down to a blank line or a line without a pipe. Lines Markdig says are code,
/// HTML or front matter are never tables. This is done on the source rather than with Markdig's
/// table extension because that extension reports wrong line numbers for some rows (a row
/// starting with <c>[X]</c>), starts a <c>||</c> row after its first pipe, and misses a table
/// whose header follows a paragraph line, which GitHub renders as a table.
/// </summary>
internal static class TableScanner
{
    public static List<ScannedTable> Find(string text, LineIndex lines, IReadOnlySet<int> excluded)
    {
        var tables = new List<ScannedTable>();
        var line = 0;
        while (line + 1 < lines.Count)
        {
            if (excluded.Contains(line) || excluded.Contains(line + 1))
            {
                line++;
                continue;
            }

            var header = Read(text, lines, line);
            var delimiter = Read(text, lines, line + 1);
            if (!HasPipe(text, header) || !IsDelimiter(delimiter) || IsDelimiter(header) || header.Cells.Count != delimiter.Cells.Count)
            {
                line++;
                continue;
            }

            var rows = new List<TableLine>();
            var next = line + 2;
            while (next < lines.Count && !excluded.Contains(next))
            {
                var row = Read(text, lines, next);
                if (!HasPipe(text, row) || row.Cells.Count == 0)
                {
                    break;
                }

                rows.Add(row);
                next++;
            }

            tables.Add(new ScannedTable(header, delimiter, rows));
            line = next;
        }

        return tables;
    }

    /// <summary>A delimiter row: every cell is dashes with optional colons (a closing <c>|-----|</c> line too).</summary>
    public static bool IsDelimiter(TableLine line) =>
        line.Cells.Count > 0 && line.Cells.All(c =>
        {
            var t = c.Text.Trim();
            return t.Contains('-', StringComparison.Ordinal) && t.TrimStart(':').TrimEnd(':').All(ch => ch == '-');
        });

    private static TableLine Read(string text, LineIndex lines, int line)
    {
        var start = lines.StartOf(line);
        var end = lines.EndOf(line);
        start = AfterQuoteMarker(text, start, end);
        return new TableLine(line, new TextSpan(start, end), RowSplitter.Split(text, start, end));
    }

    /// <summary>Inside a block quote a row begins after the <c>&gt;</c> marker.</summary>
    private static int AfterQuoteMarker(string text, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 3 && text[i] == ' ')
        {
            i++;
        }

        if (i < end && text[i] == '>')
        {
            i++;
            return i < end && text[i] == ' ' ? i + 1 : i;
        }

        return start;
    }

    private static bool HasPipe(string text, TableLine line) =>
        text.AsSpan(line.Span.Start, line.Span.Length).Contains('|');
}
