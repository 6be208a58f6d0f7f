using System.Globalization;

namespace RoadmapGit.Core.Git;

/// <summary>
/// A git date (seconds since 1970 and the author's own offset) as a <see cref="DateTimeOffset"/>.
/// git accepts offsets up to ±23:59 and any year; a DateTimeOffset holds ±14:00 and years up to
/// 9999. Such a date keeps the author's own clock time, so its calendar day, with the offset held
/// to ±14:00; a year past 9999 is the last instant there is. Inference reads only the day.
/// </summary>
internal static class AuthorDates
{
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <param name="offset">As git writes it: <c>+hhmm</c> or <c>-hhmm</c>.</param>
    public static DateTimeOffset FromGit(long seconds, string offset) =>
        FromGit(seconds, TryOffset(offset, out var span) ? span : TimeSpan.Zero);

    public static DateTimeOffset FromGit(long seconds, TimeSpan offset)
    {
        var utc = DateTime.UnixEpoch.AddSeconds(Math.Clamp(seconds, MinSeconds, MaxSeconds));
        var clock = Math.Clamp(utc.Ticks + offset.Ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return AtClock(new DateTime(clock), offset);
    }

    /// <summary>The author's clock time as written, with an offset a DateTimeOffset can hold.</summary>
    public static DateTimeOffset AtClock(DateTime clock, TimeSpan offset) =>
        new(DateTime.SpecifyKind(clock, DateTimeKind.Unspecified), offset > MaxOffset ? MaxOffset : offset < -MaxOffset ? -MaxOffset : offset);

    /// <summary>An offset as git writes it (<c>+hhmm</c>), up to ±23:59.</summary>
    public static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length != 5 || text[0] is not ('+' or '-')
            || !int.TryParse(text.AsSpan(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || hours > 23 || minutes > 59)
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0) * (text[0] == '-' ? -1 : 1);
        return true;
    }
}
