using System.Globalization;
using System.Text;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Report;

/// <summary>
/// The timeline behind a row: each commit used or skipped, and why each value is what it is —
/// inferred from which commit, or written by hand and since which commit.
/// </summary>
public static class ExplainWriter
{
    /// <summary>Rows whose topic contains <paramref name="query"/>, or whose note path is or ends with it.</summary>
    public static IReadOnlyList<RowPlan> Find(EnginePlan plan, string query)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(query);
        var needle = query.Trim().TrimStart('.', '/');
        return plan.Rows
            .Where(r => r.Row.Topic.Contains(needle, StringComparison.OrdinalIgnoreCase)
                || r.Result.NotePath.Equals(needle, StringComparison.Ordinal)
                || r.Result.NotePath.EndsWith("/" + needle, StringComparison.Ordinal))
            .ToList();
    }

    public static string Write(RowPlan row, string roadmapPath)
    {
        ArgumentNullException.ThrowIfNull(row);
        var text = new StringBuilder();
        var result = row.Result;
        text.Append(Invariant($"{row.Row.Topic}  ({result.NotePath}; {roadmapPath} line {row.Row.Line.LineNumber + 1}; section {row.Row.Section})\n"));
        if (result.Timeline.Count == 0)
        {
            text.Append("  no commit has touched this note yet\n");
        }

        foreach (var entry in result.Timeline)
        {
            var version = entry.Version;
            var what = entry.SkipReason is null ? Describe(entry.State) + " — " + entry.Why : "skipped — " + entry.SkipReason;
            text.Append(Invariant($"  {version.AuthorDate:yyyy-MM-dd HH:mm zzz}  {version.ShortId,-8} {KindOf(version),-8} {what}\n"));
        }

        var values = row.Values;
        text.Append(Line("Status:", StatusNames.Words(values.Status), values.StatusCell, StatusNames.Words(result.Status)));
        text.Append(Line("Start: ", Day(values.Start), values.StartCell, Day(result.Start.Day)));
        text.Append(Line("Finish:", Day(values.Finish), values.FinishCell, Day(result.Finish.Day)));
        return text.ToString();
    }

    /// <summary>
    /// A note already there where a shallow clone's history begins was not added there: git shows it
    /// as added only because the cut commit has no parent to compare with.
    /// </summary>
    private static string KindOf(NoteVersion version) =>
        version is { AtCut: true, Kind: VersionKind.Added } ? "at cut" : version.Kind.ToString().ToLowerInvariant();

    /// <summary>One value and where it comes from; for a hand value, what history alone would say.</summary>
    private static string Line(string label, string value, CellValue cell, string fromHistory) => cell.Source == CellSource.Hand
        ? Invariant($"  {label} {value} — {cell.Why}; history alone says {fromHistory}\n")
        : Invariant($"  {label} {value} — {cell.Why}\n");

    private static string Describe(ContentState state) => state switch
    {
        ContentState.Missing => "missing",
        ContentState.Stub => "stub",
        ContentState.NotStarted => "not started",
        ContentState.InProgress => "in progress",
        ContentState.Complete => "complete",
        ContentState.Skipped => "skipped topic",
        _ => state.ToString(),
    };

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
