using RoadmapGit.Core.Files;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Records kept in the git directory as of the tips last read, so a run reads only the commits
/// made since. Commits the new tips no longer reach (an amend, a rebase, a reset) are dropped; a
/// cache that is missing, damaged, of another version, cut elsewhere or too narrow for the
/// query is read afresh from git. Either way the records equal a fresh read's. A run that met
/// only a few commits past the cache leaves the file for the next run to read them again (see
/// <see cref="CacheRewrite"/>).
/// </summary>
internal sealed class CachedHistoryRecords(GitCommandLine git, HistoryCacheFile file, HistoryCuts cuts) : IHistoryRecords
{
    private static readonly Dictionary<string, long> NoneRaised = new(StringComparer.Ordinal);

    public HistoryRecords Read(IReadOnlyList<string> tips, PathCoverage coverage, Action<PathChange>? seen = null)
    {
        var wanted = tips.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var cached = file.Load() is { } loaded && loaded.CutFingerprint == cuts.Fingerprint ? loaded : null;
        if (cached is not null && cached.Coverage.Covers(coverage))
        {
            if (cached.Tips.SequenceEqual(wanted))
            {
                return new HistoryRecords(cached.Commits, cached.Coverage);
            }

            if (TryAdvance(cached, wanted, seen) is var (advanced, changed))
            {
                // A commit or two past the cache is read again by the next run, from git, rather
                // than the whole cache written again now.
                if (CacheRewrite.IsWorthIt(changed, cached.Commits.Count))
                {
                    file.Save(advanced);
                }

                return new HistoryRecords(advanced.Commits, advanced.Coverage);
            }
        }

        // A query beyond the cache's folders widens it, so two roadmaps never take turns.
        var wider = cached is null ? coverage : cached.Coverage.With(coverage);
        var range = GitLogRange.Read(git, wanted, [], wider, cuts.Commits, NoneRaised, seen);
        var snapshot = new HistorySnapshot(wanted, wider, cuts.Fingerprint, range.Raised, Sorted(range.Commits));
        file.Save(snapshot);
        return new HistoryRecords(snapshot.Commits, snapshot.Coverage);
    }

    /// <returns>The records as of <paramref name="tips"/>, and how many commits they hold that the cache did not or no longer.</returns>
    private (HistorySnapshot Snapshot, int Changed)? TryAdvance(HistorySnapshot cached, IReadOnlyList<string> tips, Action<PathChange>? seen)
    {
        var dropped = Task.Run(() => git.Run(["rev-list", .. cached.Tips, "--not", .. tips]));
        var range = Task.Run(() => GitLogRange.Read(git, tips, cached.Tips, cached.Coverage, cuts.Commits, cached.Raised, seen));
        try
        {
            Task.WaitAll(dropped, range);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is HistoryReadException))
        {
            // A cached tip git no longer has (history rewritten and pruned): read afresh.
            return null;
        }

        var gone = dropped.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var commits = cached.Commits.Where(c => !gone.Contains(c.Id)).Concat(range.Result.Commits);
        var raised = cached.Raised.Where(kv => !gone.Contains(kv.Key)).Concat(range.Result.Raised)
            .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var changed = gone.Count + range.Result.Walked;
        return (new HistorySnapshot(tips, cached.Coverage, cuts.Fingerprint, raised, Sorted(commits)), changed);
    }

    private static List<HistoryCommit> Sorted(IEnumerable<HistoryCommit> commits) => commits.Order(HistorySequence.NewestFirst).ToList();
}
