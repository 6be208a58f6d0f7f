using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>The records of a range of history, and the range's commits whose corrected time is above their committer time.</summary>
internal sealed record RangeRecords(IReadOnlyList<HistoryCommit> Commits, IReadOnlyDictionary<string, long> Raised);
