namespace RoadmapGit.Core.History;

/// <summary>The commits a source read, and the part of the tree they are complete for.</summary>
public sealed record HistoryRecords(IReadOnlyList<HistoryCommit> Commits, PathCoverage Coverage);
