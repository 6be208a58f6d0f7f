using System.Globalization;
using System.Text.RegularExpressions;

namespace RoadmapGit.Core.Hooks;

/// <summary>The date the commit being made will carry: <c>GIT_AUTHOR_DATE</c> when set, else now.</summary>
public static partial class HookDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "ddd, d MMM yyyy HH:mm:ss", "ddd MMM d HH:mm:ss yyyy",
    ];

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>
    /// git accepts offsets up to ±23:59 and any year, a <see cref="DateTimeOffset"/> neither: such a
    /// date keeps the author's own clock time (so its day) with the offset held to ±14:00, and a
    /// year past 9999 is the last day there is. Only the day of the staged entry is ever used.
    /// </summary>
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
            var max = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
            var utc = DateTime.UnixEpoch.AddSeconds(Math.Min(seconds, max));
            var clock = utc.Ticks + offset.Ticks;
            return Local(new DateTime(Math.Clamp(clock, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks)), offset);
        }

        var zone = Zone().Match(text);
        var wall = zone.Success ? text[..zone.Index].TrimEnd() : text;
        var zoneOffset = !zone.Success || zone.Value.Trim() == "Z" ? TimeSpan.Zero : TryOffset(zone.Value.Trim().Replace(":", string.Empty, StringComparison.Ordinal), out var z) ? z : TimeSpan.Zero;
        if (DateTime.TryParseExact(wall, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
        {
            return zone.Success ? Local(exact, zoneOffset) : new DateTimeOffset(exact, now.Offset);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var loose) ? loose : now;
    }

    private static DateTimeOffset Local(DateTime clock, TimeSpan offset) =>
        new(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), offset > MaxOffset ? MaxOffset : offset < -MaxOffset ? -MaxOffset : offset);

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length != 5 || (text[0] != '+' && text[0] != '-')
            || !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 23 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    /// <summary>A zone at the end: <c>Z</c>, <c>+0300</c> or <c>+03:00</c>.</summary>
    [GeneratedRegex(@"(?:\s*Z|\s*[+-]\d{2}:?\d{2})$")]
    private static partial Regex Zone();
}
