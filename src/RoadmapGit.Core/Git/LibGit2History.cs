using LibGit2Sharp;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// The first reader, kept as an independent second opinion for the contract that every reader
/// passes: walks every commit through libgit2, newest first in <see cref="HistorySequence"/>
/// order, and compares trees. A commit is skipped for a note as soon as the note's folder is
/// unchanged from a parent. Its cost grows with commits × notes, which is why
/// <see cref="GitLogRecords"/> reads history in production.
/// </summary>
internal sealed class LibGit2History(Repository repository, IReadOnlySet<string> cutCommits, Func<string, string> readText) : IRepositoryHistory
{
    private static readonly CompareOptions RenameOptions = new() { Similarity = SimilarityOptions.Renames };

    public IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> ReadTimelines(HistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var newestFirst = query.Paths.ToDictionary(p => p, _ => new List<NoteVersion>(), StringComparer.Ordinal);
        var notes = query.Notes.ToHashSet(StringComparer.Ordinal);
        var names = query.Paths.Select(p => (Key: p, Path: p, Follow: notes.Contains(p))).ToList();
        foreach (var (commit, sequence) in NewestFirst(query.Tips))
        {
            Visit(commit, sequence, names, newestFirst, query.FollowRename);
        }

        return newestFirst.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<NoteVersion>)Enumerable.Reverse(kv.Value).ToList(),
            StringComparer.Ordinal);
    }

    public string ReadText(string blobId) => readText(blobId);

    private List<(Commit Commit, long Sequence)> NewestFirst(IReadOnlyList<string> tips)
    {
        if (tips.Count == 0)
        {
            return [];
        }

        var filter = new CommitFilter
        {
            IncludeReachableFrom = tips.Select(t => repository.Lookup<Commit>(t) ?? throw new HistoryReadException($"no commit {t}")).ToList(),
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse,
        };
        var corrected = new Dictionary<string, long>(StringComparer.Ordinal);
        var commits = new List<(Commit Commit, long Sequence)>();
        foreach (var commit in repository.Commits.QueryBy(filter))
        {
            var time = HistorySequence.CorrectedTime(
                commit.Committer.When.ToUnixTimeSeconds(), ParentsOf(commit).Select(p => corrected[p.Sha]));
            corrected[commit.Sha] = time;
            commits.Add((commit, HistorySequence.Of(time, commit.Sha)));
        }

        return commits.OrderByDescending(c => c.Sequence).ThenByDescending(c => c.Commit.Sha, StringComparer.Ordinal).ToList();
    }

    private List<Commit> ParentsOf(Commit commit) => cutCommits.Contains(commit.Sha) ? [] : commit.Parents.ToList();

    private void Visit(
        Commit commit, long sequence, List<(string Key, string Path, bool Follow)> names,
        Dictionary<string, List<NoteVersion>> versions, Func<string, bool> followRename)
    {
        var parentTrees = ParentsOf(commit).Select(p => p.Tree).ToList();
        var tree = commit.Tree;
        if (parentTrees.Any(p => p.Id == tree.Id))
        {
            return;
        }

        var unchangedFolders = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in names.ToList())
        {
            var folder = FolderOf(name.Path);
            if (!unchangedFolders.TryGetValue(folder, out var unchanged))
            {
                var folderId = FolderId(tree, folder);
                unchanged = parentTrees.Any(p => FolderId(p, folder) == folderId);
                unchangedFolders[folder] = unchanged;
            }

            if (!unchanged)
            {
                VisitPath(commit, sequence, tree, parentTrees, name, versions, names, followRename);
            }
        }
    }

    private void VisitPath(
        Commit commit, long sequence, Tree tree, List<Tree> parentTrees, (string Key, string Path, bool Follow) name,
        Dictionary<string, List<NoteVersion>> versions, List<(string Key, string Path, bool Follow)> names, Func<string, bool> followRename)
    {
        var blob = BlobAt(tree, name.Path);
        var parentBlobs = parentTrees.Select(p => BlobAt(p, name.Path)).ToList();
        if (parentBlobs.Any(b => b == blob) || (blob is null && parentBlobs.Count == 0))
        {
            return;
        }

        NoteVersion Version(string? id, VersionKind kind) => new(commit.Sha, commit.Author.When, name.Path, id, kind, Sequence: sequence);
        if (blob is null)
        {
            versions[name.Key].Add(Version(null, VersionKind.Deleted));
        }
        else if (parentBlobs.Any(b => b is not null))
        {
            versions[name.Key].Add(Version(blob, VersionKind.Modified));
        }
        else if (name.Follow && parentTrees.Count > 0 && RenameSource(parentTrees[0], tree, name.Path) is { } source
            && !names.Exists(n => n.Key == name.Key && n.Path == source) && followRename(blob))
        {
            names.Add((name.Key, source, true));
            versions[name.Key].Add(Version(blob, VersionKind.Renamed));
        }
        else
        {
            versions[name.Key].Add(Version(blob, VersionKind.Added) with { AtCut = cutCommits.Contains(commit.Sha) });
        }
    }

    private string? RenameSource(Tree parent, Tree tree, string path)
    {
        var changes = repository.Diff.Compare<TreeChanges>(parent, tree, RenameOptions);
        return changes.Renamed.FirstOrDefault(c => c.Path == path)?.OldPath;
    }

    private static ObjectId? FolderId(Tree tree, string folder) => folder.Length == 0 ? tree.Id : tree[folder]?.Target.Id;

    /// <summary>A file's blob; a folder or a submodule at that path is no note.</summary>
    private static string? BlobAt(Tree tree, string path) =>
        tree[path] is { TargetType: TreeEntryTargetType.Blob } entry ? entry.Target.Sha : null;

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
