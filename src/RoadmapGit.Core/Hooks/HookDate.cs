using System.Globalization;
using System.Text.RegularExpressions;
using RoadmapGit.Core.Git;

namespace RoadmapGit.Core.Hooks;

/// <summary>The date the commit being made will carry: <c>GIT_AUTHOR_DATE</c> when set, else now.</summary>
public static partial class HookDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "ddd, d MMM yyyy HH:mm:ss", "ddd MMM d HH:mm:ss yyyy",
    ];

    /// <summary>An offset beyond ±14:00 or a year past 9999 is read as history reads it (<see cref="Git.AuthorDates"/>): on the author's own day.</summary>
    public static DateTimeOffset Resolve(string? authorDate, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(authorDate))
        {
            return now;
        }

        var text = authorDate.Trim();

        // git's internal form: "@1700000000 +0300" or "1700000000 +0300".
        var parts = text.TrimStart('@').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 1 or 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return AuthorDates.FromGit(seconds, parts.Length == 2 ? parts[1] : "+0000");
        }

        var zone = Zone().Match(text);
        var wall = zone.Success ? text[..zone.Index].TrimEnd() : text;
        var zoneOffset = AuthorDates.TryOffset(zone.Value.Trim().Replace(":", string.Empty, StringComparison.Ordinal), out var z) ? z : TimeSpan.Zero;
        if (DateTime.TryParseExact(wall, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return zone.Success ? AuthorDates.AtClock(exact, zoneOffset) : new DateTimeOffset(exact, now.Offset);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var loose) ? loose : now;
    }

    /// <summary>A zone at the end: <c>Z</c>, <c>+0300</c> or <c>+03:00</c>.</summary>
    [GeneratedRegex(@"(?:\s*Z|\s*[+-]\d{2}:?\d{2})$")]
    private static partial Regex Zone();
}
