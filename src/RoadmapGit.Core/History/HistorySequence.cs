using System.Globalization;

namespace RoadmapGit.Core.History;

/// <summary>
/// The one order of history that every reader gives, worked out from each commit and its
/// ancestors alone, so a cache that grows commit by commit keeps the numbers a fresh read gives.
/// The number is git's corrected commit date (the committer time, raised to one second past the
/// latest parent's when clocks disagree) times 65,536, plus the id's first four hex digits, which
/// part unrelated commits of the same second. A commit is always later than its parents.
/// </summary>
public static class HistorySequence
{
    private const long MaxSeconds = (1L << 46) - 1;

    /// <summary>Newest first: the order in which a walk back through history meets commits.</summary>
    public static IComparer<HistoryCommit> NewestFirst { get; } = Comparer<HistoryCommit>.Create((a, b) =>
    {
        var bySequence = b.Sequence.CompareTo(a.Sequence);
        return bySequence != 0 ? bySequence : string.CompareOrdinal(b.Id, a.Id);
    });

    /// <summary>A commit's corrected time, from its committer time and its parents' corrected times.</summary>
    public static long CorrectedTime(long committerSeconds, IEnumerable<long> parentCorrectedTimes)
    {
        ArgumentNullException.ThrowIfNull(parentCorrectedTimes);
        var corrected = Math.Clamp(committerSeconds, 0, MaxSeconds);
        foreach (var parent in parentCorrectedTimes)
        {
            corrected = Math.Max(corrected, Math.Min(parent + 1, MaxSeconds));
        }

        return corrected;
    }

    public static long Of(long correctedTime, string commitId)
    {
        ArgumentNullException.ThrowIfNull(commitId);
        var tieBreak = commitId.Length >= 4 && int.TryParse(commitId.AsSpan(0, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits)
            ? bits
            : 0;
        return (Math.Clamp(correctedTime, 0, MaxSeconds) << 16) | (long)tieBreak;
    }
}
