using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>A commit as git log prints it, before its place in history is known.</summary>
internal sealed record RawCommit(string Id, DateTimeOffset AuthorDate, List<PathChange> Changes);
