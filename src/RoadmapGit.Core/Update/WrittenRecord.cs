using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Update;

/// <summary>
/// The record after a run: for each planned roadmap, the values roadmap-git's own cells now hold;
/// hand values are not recorded (a value the record does not hold is the learner's). Roadmaps the
/// run did not plan keep what the record said.
/// </summary>
internal static class WrittenRecord
{
    public static WrittenCells After(IReadOnlyList<FilePlan> files, WrittenCells before, IReadOnlyDictionary<string, string> renames)
    {
        var planned = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var kept = before.Entries.Where(e => !planned.Contains(e.Roadmap));
        var written = files.SelectMany(file => file.Result.Rows.Select(row =>
        {
            var note = renames.GetValueOrDefault(row.Row.Note!.Path) ?? row.Row.Note.Path;
            return (file.Path, note, Written(file.Path, row, before));
        }));
        return new WrittenCells(kept.Concat(written).Where(e => !e.Item3.IsEmpty));
    }

    /// <summary>
    /// What <paramref name="remembered"/> says roadmap-git wrote into a text of a roadmap that its
    /// cells still show there, and <paramref name="known"/> does not hold already: for a working
    /// file (or index) whose roadmap the commit left different, so the values written there before
    /// (by <c>update</c>) stay roadmap-git's.
    /// </summary>
    public static IEnumerable<(string Roadmap, string Note, WrittenRow Row)> Shown(
        WrittenCells remembered, WrittenCells known, string roadmap, string text, DocumentConventions conventions, OverallLabels labels)
    {
        var document = RoadmapParser.Parse(roadmap, text, labels);
        var rows = document.Tables.SelectMany(t => t.Rows.Where(r => r.Note is not null && !r.Shifted).Select(r => (Table: t, Row: r)));
        foreach (var ((table, row), occurrence) in NoteOccurrences.Number(rows, r => r.Row.Note!.Path))
        {
            var cells = RowCells.Read(table, row, conventions);
            var note = row.Note!.Path;
            foreach (var written in remembered.RowsOf(roadmap, note, occurrence))
            {
                var shown = new WrittenRow(
                    written.Status is { } s && s == cells.StatusValue && !known.Wrote(roadmap, note, s, occurrence) ? s : null,
                    written.Start is { } start && start == cells.StartDay && !known.Wrote(roadmap, note, CellColumn.Start, start, occurrence) ? start : null,
                    written.Finish is { } finish && finish == cells.FinishDay && !known.Wrote(roadmap, note, CellColumn.Finish, finish, occurrence) ? finish : null,
                    occurrence);
                if (!shown.IsEmpty)
                {
                    yield return (roadmap, note, shown);
                }
            }
        }
    }

    private static WrittenRow Written(string roadmap, RowPlan row, WrittenCells before)
    {
        var values = row.Values;
        var note = row.RecordedAs;
        var status = values.Status != TopicStatus.NotStarted && values.StatusCell.Source switch
        {
            CellSource.Inferred => true,
            CellSource.MissingNote => before.Wrote(roadmap, note, values.Status, row.Occurrence),
            _ => false,
        };
        return new WrittenRow(
            status ? values.Status : null, Day(values.Start, values.StartCell, CellColumn.Start), Day(values.Finish, values.FinishCell, CellColumn.Finish), row.Occurrence);

        // A value kept at a history cut, or while the note is missing, stays recorded if roadmap-git wrote it before.
        DateOnly? Day(DateOnly? day, CellValue cell, CellColumn column) => cell.Source switch
        {
            CellSource.Inferred => day,
            CellSource.HistoryCut or CellSource.MissingNote when day is { } kept && before.Wrote(roadmap, note, column, kept, row.Occurrence) => kept,
            _ => null,
        };
    }
}
