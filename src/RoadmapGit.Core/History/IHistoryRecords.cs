namespace RoadmapGit.Core.History;

/// <summary>Where raw commit records come from: git itself, a cache in front of it, or a test's own list.</summary>
public interface IHistoryRecords
{
    /// <summary>
    /// Every commit reachable from <paramref name="tips"/> that changes a path under
    /// <paramref name="coverage"/>; a source may cover more, and says what it covered.
    /// </summary>
    /// <param name="seen">
    /// Told each change as it is read from git (not those a cache already held), on any thread, so
    /// a caller can start on the versions' texts while history is still being read.
    /// </param>
    HistoryRecords Read(IReadOnlyList<string> tips, PathCoverage coverage, Action<PathChange>? seen = null);
}
