using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>The records of a range of history, and the range's commits whose corrected time is above their committer time.</summary>
/// <param name="Walked">How many commits the range holds, whether or not they changed a covered path.</param>
internal sealed record RangeRecords(IReadOnlyList<HistoryCommit> Commits, IReadOnlyDictionary<string, long> Raised, int Walked);
