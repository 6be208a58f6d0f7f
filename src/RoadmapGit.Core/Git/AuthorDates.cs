using System.Globalization;

namespace RoadmapGit.Core.Git;

/// <summary>A git date (seconds since 1970 and the author's own offset) as a <see cref="DateTimeOffset"/>.</summary>
internal static class AuthorDates
{
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <param name="offset">As git writes it: <c>+hhmm</c> or <c>-hhmm</c>.</param>
    public static DateTimeOffset FromGit(long seconds, string offset)
    {
        var minutes = 0;
        if (offset.Length == 5 && offset[0] is '+' or '-'
            && int.TryParse(offset.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hh)
            && int.TryParse(offset.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var mm))
        {
            minutes = ((hh * 60) + mm) * (offset[0] == '-' ? -1 : 1);
        }

        // git accepts offsets up to ±23:59 and any year; a DateTimeOffset holds ±14:00 and years
        // up to 9999, so dates beyond those are read in UTC, at the nearest representable instant.
        var utc = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, MinSeconds, MaxSeconds));
        var span = TimeSpan.FromMinutes(minutes);
        var local = utc.UtcTicks + span.Ticks;
        return Math.Abs(minutes) <= 14 * 60 && local >= DateTime.MinValue.Ticks && local <= DateTime.MaxValue.Ticks ? utc.ToOffset(span) : utc;
    }
}
