using System.Globalization;

namespace RoadmapGit.Core.Diagnostics;

/// <summary>
/// Every finding the core reports, each with its one named place: the code, how loud it is, and
/// the words a learner reads (what is wrong, then the fix).
/// </summary>
public static partial class Diagnose
{
    public static Diagnostic ShiftedRow(string file, int line) => Warn(
        "shifted-row", file, line,
        "this row has more cells than the header (a doubled or unescaped pipe), so its cells cannot be told apart; left as it is. Escape a pipe inside a cell as \\|");

    public const string NoNoteLinkCode = "no-note-link";

    public static Diagnostic RowWithoutNote(string file, int line, string topic) => Warn(
        NoNoteLinkCode, file, line,
        $"row '{topic}' has no link to a note inside the repository, so it is left as it is. Link the row to its note to have it kept up to date");

    /// <param name="lines">One-based, in order.</param>
    public static Diagnostic RowsWithoutNote(string file, IReadOnlyList<int> lines) => Warn(
        NoNoteLinkCode, file, null,
        $"{lines.Count} rows have no link to a note inside the repository ({Lines(lines)}), so they are left as they are. " +
        "Link each row to its note to have it kept up to date");

    public static Diagnostic LinkOutside(string file, int line, string url) => Warn(
        "link-outside", file, line,
        $"link '{url}' points outside the repository, so it is never read. Link a note inside the repository");

    public static Diagnostic MissingNote(string file, int line, string topic, string note, string? renamedTo) => Warn(
        "missing-note", file, line,
        renamedTo is null
            ? $"row '{topic}' links {note}, which does not exist, so its cells are kept as they are. Fix the link, or restore the note"
            : $"row '{topic}' links {note}, which was renamed to {renamedTo}, so its cells are kept as they are. Change the link to {renamedTo}");

    /// <summary>The code of <see cref="DateAtCut"/>, which the shallow-clone summary counts.</summary>
    public const string DateAtCutCode = "date-at-cut";

    public static Diagnostic DateAtCut(string note, string commit) => Info(
        DateAtCutCode, note, null,
        $"history is cut at {commit}, so the date is unknown; the table's value is kept");

    public static Diagnostic ShallowClone(int notes) => Warn(
        "shallow-clone", null, null,
        $"this is a shallow clone, so {Count(notes, "note's date", "notes' dates")} cannot be known and the table's values are kept. " +
        "Fetch the whole history: git fetch --unshallow (in CI: fetch-depth: 0)");

    public static Diagnostic GraftedHistory(int notes) => Warn(
        "grafted-history", null, null,
        $"history is cut by a graft (.git/info/grafts), so {Count(notes, "note's date", "notes' dates")} cannot be known and the table's values are kept. " +
        "Remove the graft to read the whole history");

    /// <summary>Nothing to act on (history is what it is), so it is told when asked (<c>--verbose</c>, <c>explain</c>, <c>doctor</c>), not on every commit.</summary>
    public static Diagnostic DatedBeforeEarlierCommit(string note, string commit, DateOnly day, DateOnly earlier) => Info(
        "dates-out-of-order", note, null,
        $"commit {commit} is dated {Iso(day)}, before an earlier commit of this note ({Iso(earlier)}), as a cherry-pick or rebase leaves it; " +
        $"it counts as {Iso(earlier)}, so no date goes back in time");

    private static Diagnostic Warn(string code, string? file, int? line, string message) =>
        new(code, Severity.Warning, file, line, message);

    private static Diagnostic Info(string code, string? file, int? line, string message) =>
        new(code, Severity.Info, file, line, message);

    private static string Count(int count, string one, string many) =>
        count == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{count} {many}");

    /// <summary><c>lines 5-6, 8-11</c>: runs of neighbouring lines as ranges.</summary>
    private static string Lines(IReadOnlyList<int> lines)
    {
        var runs = new List<string>();
        for (var i = 0; i < lines.Count;)
        {
            var end = i;
            while (end + 1 < lines.Count && lines[end + 1] == lines[end] + 1)
            {
                end++;
            }

            runs.Add(end == i ? lines[i].ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{lines[i]}-{lines[end]}"));
            i = end + 1;
        }

        return "lines " + string.Join(", ", runs);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
