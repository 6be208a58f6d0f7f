using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Turns each row's values into span edits on the original text: only Status, Start and Finish
/// cells that are roadmap-git's, overall-line values and (for a staged rename) link targets are
/// touched. A cell that already says the right thing, and every hand value, is left exactly as
/// written. Each edit is also reported as a <see cref="CellChange"/>.
/// </summary>
public static class RoadmapRewriter
{
    public static RewriteResult Rewrite(
        RoadmapDocument document,
        DocumentConventions conventions,
        Func<RoadmapRow, RowPlan?> planRow,
        RewriteSettings settings,
        IReadOnlyDictionary<string, string>? renamedNotes = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(conventions);
        ArgumentNullException.ThrowIfNull(planRow);
        ArgumentNullException.ThrowIfNull(settings);
        var writer = new ChangeWriter(document, conventions);
        var rows = new List<RowPlan>();
        foreach (var row in document.Rows.Where(r => r.Note is not null && !r.Shifted))
        {
            if (planRow(row) is not { } plan)
            {
                continue;
            }

            rows.Add(plan);
            WriteRow(writer, plan);
            var notePath = renamedNotes?.GetValueOrDefault(row.Note!.Path);
            if (notePath is not null && row.Note!.UrlSpan.Length > 0)
            {
                writer.Link(row, NoteUrl.Relative(document.Path, notePath, row.Note.Url));
            }
        }

        var finishes = rows.Where(r => r.Status == TopicStatus.Completed && r.Finish is not null).Select(r => r.Finish!.Value).ToList();
        var starts = rows.Where(r => r.Start is not null).Select(r => r.Start!.Value).ToList();
        var pace = Pace.Measure(finishes, starts.Count > 0 ? starts.Min() : null, settings.AsOf, settings.ForecastWindowDays);
        // Rows stand in the document's order: a section's rows are found by halving, and the open rows
        // before a point are counted once, not by a pass over every row for each overall line.
        var rowStarts = rows.Select(r => r.Row.Line.Span.Start).ToArray();
        var openBefore = new int[rows.Count + 1];
        for (var i = 0; i < rows.Count; i++)
        {
            openBefore[i + 1] = openBefore[i] + (rows[i].Status is TopicStatus.NotStarted or TopicStatus.InProgress ? 1 : 0);
        }

        var sections = new List<SectionPlan>();
        foreach (var line in document.OverallLines)
        {
            var (first, end) = (FirstAtOrAfter(rowStarts, line.SectionStart), FirstAtOrAfter(rowStarts, line.SectionEnd));
            if (first >= end)
            {
                continue;
            }

            var inSection = rows.GetRange(first, end - first);
            var openUpToHere = openBefore[end];
            var rollup = SectionRollup.Of(inSection.Select(r => (r.Status, r.Start, r.Finish)).ToList(), openUpToHere, pace, settings.AsOf, settings.Forecast);
            sections.Add(new SectionPlan(line, inSection, rollup));
            writer.Overall(line, rollup);
        }

        return new RewriteResult(document, conventions, writer.Apply(), writer.Changes, rows, sections, pace, settings.AsOf);
    }

    private static void WriteRow(ChangeWriter writer, RowPlan plan)
    {
        var values = plan.Values;
        if (!values.StatusCell.Kept)
        {
            writer.Status(plan, values.Status, values.StatusCell.Why);
        }

        if (!values.StartCell.Kept)
        {
            writer.Date(plan, CellColumn.Start, values.Start, values.StartCell.Why);
        }

        if (!values.FinishCell.Kept)
        {
            writer.Date(plan, CellColumn.Finish, values.Finish, values.FinishCell.Why);
        }
    }

    /// <summary>The index of the first of the ascending <paramref name="starts"/> at or after <paramref name="offset"/>.</summary>
    private static int FirstAtOrAfter(int[] starts, int offset)
    {
        var (low, high) = (0, starts.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = starts[middle] < offset ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
