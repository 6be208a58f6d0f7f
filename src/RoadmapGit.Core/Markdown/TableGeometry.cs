using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>How a table's rows line up with its header: rows that cannot be mapped, and columns padded to align.</summary>
internal static class TableGeometry
{
    /// <summary>
    /// A row whose cells cannot be mapped to the header: a leading <c>||</c> shifts every cell, and
    /// extra delimited cells mean a pipe too many somewhere. One piece of stray text after the
    /// final pipe, or trailing empty cells (a row ending in <c>||</c>), shift nothing.
    /// </summary>
    public static bool IsShifted(string text, TableLine line, int headerCells)
    {
        var cells = line.Cells;
        if (cells.Count <= headerCells)
        {
            return false;
        }

        if (cells[0].Text.Length == 0)
        {
            return true;
        }

        var extras = cells.Skip(headerCells).Count(c => c.Text.Length > 0);
        var endsWithPipe = text.AsSpan(line.Span.Start, line.Span.Length).TrimEnd().EndsWith("|", StringComparison.Ordinal);
        return extras > 1 || (extras == 1 && endsWithPipe);
    }

    /// <summary>Columns whose every line has the same display width: padded to align, so kept aligned.</summary>
    public static HashSet<int> AlignedColumns(string text, List<TableLine> lines, int columnCount)
    {
        var aligned = new HashSet<int>();
        for (var column = 0; column < columnCount; column++)
        {
            int? first = null;
            var count = 0;
            var same = true;
            foreach (var cell in lines.Select(l => l.CellAt(column)).OfType<TableCell>())
            {
                var width = DisplayWidth.Of(text.AsSpan(cell.Segment.Start, cell.Segment.Length));
                first ??= width;
                count++;
                if (width != first)
                {
                    same = false;
                    break;
                }
            }

            if (same && count >= 3)
            {
                aligned.Add(column);
            }
        }

        return aligned;
    }
}
