using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Turns inferred values into span edits on the original text: only Status, Start and Finish
/// cells, overall-line values and (for a staged rename) link targets are touched. A cell that
/// already says the right thing is left exactly as written.
/// </summary>
public static class RoadmapRewriter
{
    public static RewriteResult Rewrite(
        RoadmapDocument document,
        DocumentConventions conventions,
        IReadOnlyDictionary<string, TopicResult> results,
        DateOnly asOf,
        int forecastWindowDays,
        IReadOnlyDictionary<string, string>? renamedNotes = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(conventions);
        ArgumentNullException.ThrowIfNull(results);
        var text = document.Text;
        var edits = new List<TextEdit>();
        var rows = new List<RowPlan>();
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows)
            {
                if (row.Note is null)
                {
                    continue;
                }

                var notePath = renamedNotes?.GetValueOrDefault(row.Note.Path) ?? row.Note.Path;
                if (!results.TryGetValue(notePath, out var result))
                {
                    continue;
                }

                rows.Add(PlanRow(text, table, row, result, conventions, edits));
                if (notePath != row.Note.Path && row.Note.UrlSpan.Length > 0)
                {
                    edits.Add(new TextEdit(row.Note.UrlSpan, RelativeUrl(document.Path, notePath, row.Note.Url)));
                }
            }
        }

        var finishes = rows.Where(r => r.Status == TopicStatus.Completed && r.Finish is not null).Select(r => r.Finish!.Value).ToList();
        var starts = rows.Where(r => r.Start is not null).Select(r => r.Start!.Value).ToList();
        var pace = Pace.Measure(finishes, starts.Count > 0 ? starts.Min() : null, asOf, forecastWindowDays);
        var sections = new List<SectionPlan>();
        foreach (var line in document.OverallLines)
        {
            var inSection = rows.Where(r => Within(r, line)).ToList();
            if (inSection.Count == 0)
            {
                continue;
            }

            var openUpToHere = rows.Count(r => r.Row.Line.Span.Start < line.SectionEnd && r.Status is TopicStatus.NotStarted or TopicStatus.InProgress);
            var rollup = SectionRollup.Of(inSection.Select(r => (r.Status, r.Start, r.Finish)).ToList(), openUpToHere, pace, asOf);
            sections.Add(new SectionPlan(line, inSection, rollup));
            PlanOverall(text, line, rollup, conventions, edits);
        }

        return new RewriteResult(document, conventions, TextEditor.Apply(text, edits), rows, sections, pace, asOf);
    }

    private static RowPlan PlanRow(
        string text, RoadmapTable table, RoadmapRow row, TopicResult result, DocumentConventions conventions, List<TextEdit> edits)
    {
        var columns = table.Columns;
        var statusCell = row.Line.CellAt(columns.Status);
        if (statusCell is not null && !conventions.Labels.Says(statusCell.Text, result.Status))
        {
            Add(edits, CellWriter.Write(text, statusCell, table.AlignedColumns.Contains(columns.Status), conventions.Labels.For(result.Status)));
        }

        var start = PlanDate(text, table, row, columns.Start, result.Start, conventions.Dates, edits);
        var finish = PlanDate(text, table, row, columns.Finish, result.Finish, conventions.Dates, edits);
        return new RowPlan(row, table, result, start, finish);
    }

    private static DateOnly? PlanDate(
        string text, RoadmapTable table, RoadmapRow row, int? column, InferredDate value, DateStyle style, List<TextEdit> edits)
    {
        var cell = column is { } index ? row.Line.CellAt(index) : null;
        DateOnly? written = cell is not null && style.TryRead(cell.Text, out var parsed) ? parsed : null;
        if (value.IsUnknown)
        {
            return written;
        }

        if (cell is not null && written != value.Day && !(value.Day is null && written is null))
        {
            var content = value.Day is { } day ? style.Write(day) : style.Placeholder;
            Add(edits, CellWriter.Write(text, cell, table.AlignedColumns.Contains(column!.Value), content));
        }

        return value.Day;
    }

    private static void PlanOverall(string text, OverallLine line, SectionRollup rollup, DocumentConventions conventions, List<TextEdit> edits)
    {
        if (!conventions.Labels.Says(line.Status.Text, rollup.Status))
        {
            Add(edits, ValueEdit(text, line.Status, conventions.Labels.For(rollup.Status)));
        }

        PlanOverallDate(text, line.Start, rollup.Start, conventions.Dates, edits);
        PlanOverallDate(text, line.Finish, rollup.Finish, conventions.Dates, edits);
    }

    private static void PlanOverallDate(string text, LabeledValue? value, DateOnly? day, DateStyle style, List<TextEdit> edits)
    {
        if (value is null)
        {
            return;
        }

        DateOnly? written = style.TryRead(value.Text, out var parsed) ? parsed : null;
        if (written == day && (day is not null || value.Text.Length > 0))
        {
            return;
        }

        Add(edits, ValueEdit(text, value, day is { } d ? style.Write(d) : style.Placeholder));
    }

    private static TextEdit? ValueEdit(string text, LabeledValue value, string content)
    {
        if (value.Text == content)
        {
            return null;
        }

        var needsSpace = value.Text.Length == 0 && value.Span.Start > 0 && !char.IsWhiteSpace(text[value.Span.Start - 1]);
        return new TextEdit(value.Span, needsSpace ? " " + content : content);
    }

    private static bool Within(RowPlan row, OverallLine line) =>
        row.Row.Line.Span.Start >= line.SectionStart && row.Row.Line.Span.Start < line.SectionEnd;

    private static void Add(List<TextEdit> edits, TextEdit? edit)
    {
        if (edit is not null)
        {
            edits.Add(edit);
        }
    }

    private static string RelativeUrl(string roadmapPath, string notePath, string oldUrl)
    {
        var roadmapFolder = roadmapPath.Contains('/', StringComparison.Ordinal) ? roadmapPath[..roadmapPath.LastIndexOf('/')] : string.Empty;
        var relative = roadmapFolder.Length == 0 ? notePath : Path.GetRelativePath(roadmapFolder, notePath).Replace('\\', '/');
        var encoded = string.Join('/', relative.Split('/').Select(s => s == ".." ? s : Uri.EscapeDataString(s)));
        return oldUrl.StartsWith("./", StringComparison.Ordinal) && !encoded.StartsWith("../", StringComparison.Ordinal) ? "./" + encoded : encoded;
    }
}
