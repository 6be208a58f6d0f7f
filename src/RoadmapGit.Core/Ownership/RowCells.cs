using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// What a row's Status, Start and Finish cells hold now, read in the document's vocabulary. A
/// cell is blank when it says nothing yet: empty, the placeholder, a bare dash, or (for Status)
/// the Not Started label.
/// </summary>
public sealed record RowCells(string Status, string Start, string Finish, DocumentConventions Conventions)
{
    public static RowCells Read(RoadmapTable table, RoadmapRow row, DocumentConventions conventions)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(row);
        return new RowCells(Text(row, table.Columns.Status), Text(row, table.Columns.Start), Text(row, table.Columns.Finish), conventions);
    }

    public TopicStatus? StatusValue => IsBlank(Status) ? null : Conventions.Labels.Classify(Status);

    public bool StatusIsBlank => IsBlank(Status) || StatusValue == TopicStatus.NotStarted;

    public DateOnly? StartDay => Day(Start);

    public DateOnly? FinishDay => Day(Finish);

    public bool DateIsBlank(string text) => IsBlank(text) || string.Equals(text, Conventions.Dates.Placeholder.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>True when any of the three cells says something.</summary>
    public bool HoldsValues => !StatusIsBlank || !DateIsBlank(Start) || !DateIsBlank(Finish);

    private DateOnly? Day(string text) => !DateIsBlank(text) && Conventions.Dates.TryRead(text, out var day) ? day : null;

    /// <summary>Nothing but punctuation (<c>—</c>, <c>-</c>, <c>?</c>) says nothing either.</summary>
    private static bool IsBlank(string text) => !text.Any(char.IsLetterOrDigit) && StatusClassifier.BySymbols(text) is null;

    private static string Text(RoadmapRow row, int? column) => column is { } index ? row.Line.CellAt(index)?.Text.Trim() ?? string.Empty : string.Empty;
}
