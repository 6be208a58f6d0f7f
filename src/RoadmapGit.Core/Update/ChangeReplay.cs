using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Applies the changes planned for one text of a roadmap (the commit's) to another text of it
/// (the working file with unstaged edits, the real index of <c>git commit &lt;paths&gt;</c>): each
/// change goes to the same cell, and only where that cell still holds what the change replaced,
/// so whatever else the other text holds — the learner's unstaged edits — stays as it is.
/// </summary>
public static class ChangeReplay
{
    public static string Apply(string path, string text, IReadOnlyList<CellChange> changes, OverallLabels labels)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return text;
        }

        var document = RoadmapParser.Parse(path, text, labels);

        // Rows by note, found once: one pass over every row per change is rows × changes on a long roadmap.
        var rows = document.Tables
            .SelectMany(t => t.Rows.Where(r => !r.Shifted && r.Note is not null).Select(r => (Table: t, Row: r)))
            .ToLookup(r => r.Row.Note!.Path, StringComparer.Ordinal);
        var edits = new List<TextEdit>();
        var end = -1;
        foreach (var edit in changes.Select(c => Edit(document, rows, c)).OfType<TextEdit>().OrderBy(e => e.Span.Start))
        {
            // Two changes that land on one span of this text (a link inside a cell) cannot both be made: the one that starts earlier in the text stands.
            if (edit.Span.Start >= end)
            {
                edits.Add(edit);
                end = Math.Max(end, edit.Span.End);
            }
        }

        return TextEditor.Apply(text, edits);
    }

    private static TextEdit? Edit(RoadmapDocument document, ILookup<string, (RoadmapTable Table, RoadmapRow Row)> rows, CellChange change) => change.Cell switch
    {
        ChangedCell.Status or ChangedCell.Start or ChangedCell.Finish => RowEdit(document, rows, change),
        ChangedCell.Link => LinkEdit(rows, change),
        _ => OverallEdit(document, change),
    };

    private static TextEdit? RowEdit(RoadmapDocument document, ILookup<string, (RoadmapTable Table, RoadmapRow Row)> rows, CellChange change)
    {
        foreach (var (table, row) in rows[change.Note ?? string.Empty])
        {
            var column = change.Cell switch
            {
                ChangedCell.Status => table.Columns.Status,
                ChangedCell.Start => table.Columns.Start,
                _ => table.Columns.Finish,
            };
            if (column is { } index && row.Line.CellAt(index) is { } cell && cell.Text.Trim() == change.Old)
            {
                return CellWriter.Write(document.Text, cell, table.AlignedColumns.Contains(index), change.New);
            }
        }

        return null;
    }

    private static TextEdit? LinkEdit(ILookup<string, (RoadmapTable Table, RoadmapRow Row)> rows, CellChange change) =>
        rows[change.Note ?? string.Empty]
            .Select(r => r.Row)
            .Where(r => r.Note!.Url == change.Old && r.Note.UrlSpan.Length > 0)
            .Select(r => new TextEdit(r.Note!.UrlSpan, change.New))
            .FirstOrDefault();

    private static TextEdit? OverallEdit(RoadmapDocument document, CellChange change)
    {
        foreach (var line in document.OverallLines.Where(l => l.Section == change.Topic))
        {
            var value = change.Cell switch
            {
                ChangedCell.OverallStatus => line.Status,
                ChangedCell.OverallStart => line.Start,
                _ => line.Finish,
            };
            if (value is not null && value.Text.Trim() == change.Old)
            {
                var needsSpace = value.Text.Length == 0 && value.Span.Start > 0 && !char.IsWhiteSpace(document.Text[value.Span.Start - 1]);
                return new TextEdit(value.Span, needsSpace ? " " + change.New : change.New);
            }
        }

        return null;
    }
}
