using System.Globalization;
using System.Text.RegularExpressions;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Notes;

/// <summary>Finds the values a note states about itself that roadmap-git cannot read.</summary>
internal static partial class NoteSlips
{
    private static readonly string[] Affirmative = ["yes", "y", "on", "1", "x", "done", "completed", "complete", "finished"];
    private static readonly string[] Negative = ["no", "n", "off", "0"];

    public static IEnumerable<NoteSlip> InFrontMatter(FrontMatter front, DateStyle dates)
    {
        if (Value(front, "status") is { } status && FrontMatterStates.Read(status.Text) == ExplicitState.None)
        {
            yield return new NoteSlip(NoteSlipKind.UnknownStatus, status.Line, "status", status.Text, FrontMatterStates.Closest(status.Text), FrontMatterStates.Documented);
        }

        if (Value(front, "done") is { } done && !bool.TryParse(done.Text, out _))
        {
            var meant = Affirmative.Contains(done.Text.Trim().ToLowerInvariant()) || StatusClassifier.Classify(done.Text) == TopicStatus.Completed ? "true"
                : Negative.Contains(done.Text.Trim().ToLowerInvariant()) ? "false"
                : null;
            yield return new NoteSlip(NoteSlipKind.UnknownDone, done.Line, "done", done.Text, meant, ["true", "false"]);
        }

        foreach (var key in new[] { "started", "finished" })
        {
            if (Value(front, key) is { } date && !dates.TryRead(date.Text, out _))
            {
                var formats = new[] { "yyyy-MM-dd", dates.Format.Replace("'", string.Empty, StringComparison.Ordinal) }.Distinct().ToList();
                yield return new NoteSlip(NoteSlipKind.UnreadableDate, date.Line, key, date.Text, IsoOf(date.Text), formats);
            }
        }
    }

    /// <summary>
    /// A <c>Status:</c> line whose value reads as no state, when it is written as a marker (a bold
    /// label, or a line of its own) and its value is a few words without digits, so that
    /// <c>- status: 404 Not Found</c> in a note about HTTP is content, not a slip.
    /// </summary>
    public static NoteSlip? InStatusLine(Match statusLine, int line, StatusLabels labels)
    {
        var value = statusLine.Groups["value"].Value.Trim();
        var isMarker = statusLine.Groups["bold"].Success || !statusLine.Groups["item"].Success;
        if (!isMarker || value.Any(char.IsDigit) || value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4)
        {
            return null;
        }

        string[] accepted = [labels.NotStarted, labels.InProgress, labels.Completed, labels.Skipped, "not started", "in progress", "done", "skipped"];
        return new NoteSlip(NoteSlipKind.UnknownStatusLine, line, "Status", value, Suggestions.Closest(value, accepted), accepted);
    }

    private static (string Text, int Line)? Value(FrontMatter front, string key) =>
        front.Values.TryGetValue(key, out var text) && text.Trim().Length > 0 ? (text.Trim(), front.Lines[key]) : null;

    /// <summary>A year-first date with some other separator (<c>2026/02/15</c>), written the ISO way.</summary>
    private static string? IsoOf(string text)
    {
        var match = YearFirst().Match(text.Trim());
        return match.Success && DateOnly.TryParseExact(
            $"{match.Groups["y"].Value}-{match.Groups["m"].Value.PadLeft(2, '0')}-{match.Groups["d"].Value.PadLeft(2, '0')}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})[./\-\s_]+(?<m>\d{1,2})[./\-\s_]+(?<d>\d{1,2})$")]
    private static partial Regex YearFirst();
}
