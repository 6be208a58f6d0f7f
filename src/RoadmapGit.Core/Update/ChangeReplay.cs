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
        var edits = new List<TextEdit>();
        foreach (var change in changes)
        {
            if (Edit(document, change) is { } edit && !edits.Any(e => e.Span.Start < edit.Span.End && edit.Span.Start < e.Span.End))
            {
                edits.Add(edit);
            }
        }

        return TextEditor.Apply(text, edits);
    }

    private static TextEdit? Edit(RoadmapDocument document, CellChange change) => change.Cell switch
    {
        ChangedCell.Status or ChangedCell.Start or ChangedCell.Finish => RowEdit(document, change),
        ChangedCell.Link => LinkEdit(document, change),
        _ => OverallEdit(document, change),
    };

    private static TextEdit? RowEdit(RoadmapDocument document, CellChange change)
    {
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => !r.Shifted && r.Note?.Path == change.Note))
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
        }

        return null;
    }

    private static TextEdit? LinkEdit(RoadmapDocument document, CellChange change) =>
        document.Rows
            .Where(r => r.Note is { } note && note.Path == change.Note && note.Url == change.Old && note.UrlSpan.Length > 0)
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
