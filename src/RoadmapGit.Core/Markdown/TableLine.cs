using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>One source line of a table, cut into cells.</summary>
/// <param name="LineNumber">Zero-based line of the document.</param>
public sealed record TableLine(int LineNumber, TextSpan Span, IReadOnlyList<TableCell> Cells)
{
    public TableCell? CellAt(int index) => index >= 0 && index < Cells.Count ? Cells[index] : null;
}
