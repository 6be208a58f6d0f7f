using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// What a row's Status, Start and Finish cells hold now, read in the document's vocabulary. A
/// cell is blank when it says nothing yet: empty, the placeholder, a bare dash, or (for Status)
/// the Not Started label.
/// </summary>
/// <remarks>
/// A class that reads each cell once, when first asked: the plan asks a row's values several
/// times, on every row of a long roadmap, and classifying a Status or reading a date is most of
/// what a row costs.
/// </remarks>
public sealed class RowCells
{
    private (TopicStatus? Value, bool Blank)? _status;
    private (DateOnly? Start, DateOnly? Finish)? _days;

    private RowCells(string status, string start, string finish, DocumentConventions conventions) =>
        (Status, Start, Finish, Conventions) = (status, start, finish, conventions);

    public string Status { get; }

    public string Start { get; }

    public string Finish { get; }

    public DocumentConventions Conventions { get; }

    public TopicStatus? StatusValue => ReadStatus().Value;

    public bool StatusIsBlank => ReadStatus().Blank;

    public DateOnly? StartDay => ReadDays().Start;

    public DateOnly? FinishDay => ReadDays().Finish;

    public static RowCells Read(RoadmapTable table, RoadmapRow row, DocumentConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        return new RowCells(Text(row, table.Columns.Status), Text(row, table.Columns.Start), Text(row, table.Columns.Finish), conventions);
    }

    public bool DateIsBlank(string text) => IsBlank(text) || string.Equals(text, Conventions.Dates.Placeholder.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>True when any of the three cells says something.</summary>
    public bool HoldsValues => !StatusIsBlank || !DateIsBlank(Start) || !DateIsBlank(Finish);

    private (TopicStatus? Value, bool Blank) ReadStatus()
    {
        if (_status is null)
        {
            var blank = IsBlank(Status);
            var value = blank ? null : Conventions.Labels.Classify(Status);
            _status = (value, blank || value == TopicStatus.NotStarted);
        }

        return _status.Value;
    }

    private (DateOnly? Start, DateOnly? Finish) ReadDays() => _days ??= (Day(Start), Day(Finish));

    private DateOnly? Day(string text) => !DateIsBlank(text) && Conventions.Dates.TryRead(text, out var day) ? day : null;

    /// <summary>Nothing but punctuation (<c>—</c>, <c>-</c>, <c>?</c>) says nothing either.</summary>
    private static bool IsBlank(string text) => !text.Any(char.IsLetterOrDigit) && StatusClassifier.BySymbols(text) is null;

    private static string Text(RoadmapRow row, int? column) => column is { } index ? row.Line.CellAt(index)?.Text.Trim() ?? string.Empty : string.Empty;
}
