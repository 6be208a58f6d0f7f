using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Collects the span edits of one rewrite and the <see cref="CellChange"/> each one makes, in
/// the document's own vocabulary and date style.
/// </summary>
internal sealed class ChangeWriter(RoadmapDocument document, DocumentConventions conventions)
{
    private readonly string _text = document.Text;
    private readonly List<TextEdit> _edits = [];
    private readonly List<CellChange> _changes = [];

    public IReadOnlyList<CellChange> Changes => _changes;

    public string Apply() => TextEditor.Apply(_text, _edits);

    public void Status(RowPlan plan, TopicStatus status, string why)
    {
        var cell = plan.Row.Line.CellAt(plan.Table.Columns.Status);
        if (cell is null || conventions.Labels.Says(cell.Text, status))
        {
            return;
        }

        var label = conventions.Labels.For(status);
        Cell(plan, cell, plan.Table.Columns.Status, ChangedCell.Status, label, null, why);
    }

    public void Date(RowPlan plan, CellColumn column, DateOnly? day, string why)
    {
        var index = column == CellColumn.Start ? plan.Table.Columns.Start : plan.Table.Columns.Finish;
        var cell = index is { } i ? plan.Row.Line.CellAt(i) : null;
        if (cell is null)
        {
            return;
        }

        var style = conventions.Dates;
        var written = cell.Text.Trim();
        if (day is { } d ? style.TryRead(written, out var read) && read == d : written.Length == 0 || written == style.Placeholder.Trim())
        {
            return;
        }

        var content = day is { } value ? style.Write(value) : style.Placeholder;
        Cell(plan, cell, index!.Value, column == CellColumn.Start ? ChangedCell.Start : ChangedCell.Finish, content, day, why);
    }

    public void Link(RoadmapRow row, string url)
    {
        _edits.Add(new TextEdit(row.Note!.UrlSpan, url));
        _changes.Add(new CellChange(document.Path, row.Line.LineNumber + 1, row.Topic, row.Note.Path, ChangedCell.Link, row.Note.Url, url, null,
            "the note was renamed in this commit"));
    }

    public void Overall(OverallLine line, SectionRollup rollup)
    {
        if (!conventions.Labels.Says(line.Status.Text, rollup.Status))
        {
            Value(line, line.Status, ChangedCell.OverallStatus, conventions.Labels.For(rollup.Status), null);
        }

        OverallDate(line, line.Start, ChangedCell.OverallStart, rollup.Start);
        OverallDate(line, line.Finish, ChangedCell.OverallFinish, rollup.Finish);
    }

    private void Cell(RowPlan plan, TableCell cell, int column, ChangedCell what, string content, DateOnly? day, string why)
    {
        // A cell that holds the row's note link keeps it: writing a value there would cut the row from its note.
        if (plan.Row.Note is { Span: var link } && link.Length > 0 && cell.Segment.Start <= link.Start && link.End <= cell.Segment.End)
        {
            return;
        }

        if (CellWriter.Write(_text, cell, plan.Table.AlignedColumns.Contains(column), content) is not { } edit)
        {
            return;
        }

        _edits.Add(edit);
        _changes.Add(new CellChange(document.Path, plan.Row.Line.LineNumber + 1, plan.Row.Topic, plan.Row.Note?.Path, what, cell.Text.Trim(), content, day, why));
    }

    private void OverallDate(OverallLine line, LabeledValue? value, ChangedCell what, DateOnly? day)
    {
        if (value is null)
        {
            return;
        }

        var style = conventions.Dates;
        DateOnly? written = style.TryRead(value.Text, out var parsed) ? parsed : null;
        if (written == day && (day is not null || value.Text.Length > 0))
        {
            return;
        }

        Value(line, value, what, day is { } d ? style.Write(d) : style.Placeholder, day);
    }

    private void Value(OverallLine line, LabeledValue value, ChangedCell what, string content, DateOnly? day)
    {
        if (value.Text == content)
        {
            return;
        }

        var needsSpace = value.Text.Length == 0 && value.Span.Start > 0 && !char.IsWhiteSpace(_text[value.Span.Start - 1]);
        _edits.Add(new TextEdit(value.Span, needsSpace ? " " + content : content));
        _changes.Add(new CellChange(document.Path, line.LineNumber + 1, line.Section, null, what, value.Text.Trim(), content, day, "the section's rows as they end up"));
    }
}
