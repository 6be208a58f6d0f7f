namespace RoadmapGit.Core.History;

/// <summary>Where raw commit records come from: git itself, a cache in front of it, or a test's own list.</summary>
public interface IHistoryRecords
{
    /// <summary>
    /// Every commit reachable from <paramref name="tips"/> that changes a path under
    /// <paramref name="coverage"/>; a source may cover more, and says what it covered.
    /// </summary>
    HistoryRecords Read(IReadOnlyList<string> tips, PathCoverage coverage);
}
