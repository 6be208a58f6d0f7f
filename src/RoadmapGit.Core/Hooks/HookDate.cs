using System.Globalization;

namespace RoadmapGit.Core.Hooks;

/// <summary>The date the commit being made will carry: <c>GIT_AUTHOR_DATE</c> when set, else now.</summary>
public static class HookDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss zzz", "yyyy-MM-dd HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd MMM d HH:mm:ss yyyy zzz",
    ];

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
            var offset = parts.Length == 2 && TryOffset(parts[1], out var o) ? o : TimeSpan.Zero;
            return DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset);
        }

        var normalized = System.Text.RegularExpressions.Regex.Replace(text, @"([+-]\d{2})(\d{2})$", "$1:$2");
        return DateTimeOffset.TryParseExact(normalized, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact)
            ? exact
            : DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var loose) ? loose : now;
    }

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length != 5 || (text[0] != '+' && text[0] != '-')
            || !int.TryParse(text.AsSpan(1, 2), CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), CultureInfo.InvariantCulture, out var minutes))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }
}
