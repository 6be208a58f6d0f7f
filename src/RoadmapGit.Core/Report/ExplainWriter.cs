using System.Globalization;
using System.Text;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Report;

/// <summary>The timeline behind a row: each commit used or skipped, and why each value is what it is.</summary>
public static class ExplainWriter
{
    /// <summary>Rows whose topic contains <paramref name="query"/>, or whose note path is or ends with it.</summary>
    public static IReadOnlyList<RowPlan> Find(EnginePlan plan, string query)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(query);
        var needle = query.Trim().TrimStart('.', '/');
        return plan.Files.SelectMany(f => f.Result.Rows)
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
        text.AppendLine(Invariant($"{row.Row.Topic}  ({result.NotePath}; {roadmapPath} line {row.Row.Line.LineNumber + 1}; section {row.Row.Section})"));
        if (result.Timeline.Count == 0)
        {
            text.AppendLine("  no commit has touched this note yet");
        }

        foreach (var entry in result.Timeline)
        {
            var version = entry.Version;
            var what = entry.SkipReason is null ? Describe(entry.State) + " — " + entry.Why : "skipped — " + entry.SkipReason;
            text.AppendLine(Invariant($"  {version.AuthorDate:yyyy-MM-dd HH:mm zzz}  {version.ShortId,-8} {version.Kind.ToString().ToLowerInvariant(),-8} {what}"));
        }

        text.AppendLine(Invariant($"  Status: {StatusNames.Words(result.Status)} — {(result.Timeline.Count == 0 ? "no note yet" : "from the newest version")}"));
        text.AppendLine(Invariant($"  Start:  {Day(row.Start)} — {result.Start.Why}"));
        text.AppendLine(Invariant($"  Finish: {Day(row.Finish)} — {result.Finish.Why}"));
        return text.ToString();
    }

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
