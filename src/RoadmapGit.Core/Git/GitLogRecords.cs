using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>Records read from git on every call, with no cache.</summary>
internal sealed class GitLogRecords(GitCommandLine git, IReadOnlySet<string> cutCommits) : IHistoryRecords
{
    private static readonly Dictionary<string, long> NoneRaised = new(StringComparer.Ordinal);

    public HistoryRecords Read(IReadOnlyList<string> tips, PathCoverage coverage, Action<PathChange>? seen = null) =>
        new(GitLogRange.Read(git, tips, [], coverage, cutCommits, NoneRaised, seen).Commits, coverage);
}
