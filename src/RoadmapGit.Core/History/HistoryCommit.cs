namespace RoadmapGit.Core.History;

/// <summary>
/// A commit as read from git, before any question is asked of it: the raw record that readers
/// produce, the cache stores and <see cref="TimelineBuilder"/> turns into timelines.
/// </summary>
/// <param name="AtCut">History is cut here (shallow boundary, graft): its changes are against nothing.</param>
/// <param name="Changes">The changed paths that the reader covered.</param>
public sealed record HistoryCommit(
    string Id,
    long Sequence,
    DateTimeOffset AuthorDate,
    bool AtCut,
    IReadOnlyList<PathChange> Changes);
