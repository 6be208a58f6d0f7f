namespace RoadmapGit.Core.History;

/// <summary>
/// History as of some tips, as the cache keeps it: the records of every commit reachable from
/// <see cref="Tips"/> that changes a path under <see cref="Coverage"/>.
/// </summary>
/// <param name="CutFingerprint">What the shallow and graft files said: history cut elsewhere is another history.</param>
/// <param name="Raised">Commits reachable from the tips whose corrected time is above their committer time.</param>
internal sealed record HistorySnapshot(
    IReadOnlyList<string> Tips,
    PathCoverage Coverage,
    string CutFingerprint,
    IReadOnlyDictionary<string, long> Raised,
    IReadOnlyList<HistoryCommit> Commits);
