using LibGit2Sharp;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Reads every note's timeline in one walk from HEAD. A commit is skipped as soon as the folders
/// that hold the notes are unchanged from a parent, so long histories cost one tree lookup per
/// commit and folder, not one log query per note.
/// </summary>
internal sealed class GitHistory(Repository repository, IReadOnlySet<string> cutCommits) : IRepositoryHistory
{
    private static readonly CompareOptions RenameOptions = new() { Similarity = SimilarityOptions.Renames };

    public IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> ReadTimelines(HistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var newestFirst = query.Notes.Concat(query.Files).Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, _ => new List<NoteVersion>(), StringComparer.Ordinal);
        var tips = query.Tips.Select(t => repository.Lookup<Commit>(t)).OfType<Commit>().ToList();
        if (tips.Count > 0 && newestFirst.Count > 0)
        {
            var files = query.Files.ToHashSet(StringComparer.Ordinal);
            Walk(tips, newestFirst, blob => query.FollowRename(blob), files);
        }

        return newestFirst.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<NoteVersion>)Enumerable.Reverse(kv.Value).ToList(),
            StringComparer.Ordinal);
    }

    public string ReadText(string blobId)
    {
        var blob = repository.Lookup<Blob>(new ObjectId(blobId));
        return blob?.GetContentText() ?? string.Empty;
    }

    private void Walk(List<Commit> tips, Dictionary<string, List<NoteVersion>> versions, Func<string, bool> followRename, HashSet<string> files)
    {
        // Each note is tracked under every name it had; a rename adds the older name.
        var names = versions.Keys.Select(note => (Note: note, Path: note)).ToList();
        var filter = new CommitFilter
        {
            IncludeReachableFrom = tips,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time,
        };

        // Newest first: the walk counts down, so a later commit has a larger sequence.
        long sequence = 0;
        foreach (var commit in repository.Commits.QueryBy(filter))
        {
            sequence--;
            var atCut = cutCommits.Contains(commit.Sha);
            var parents = atCut ? [] : commit.Parents.ToList();
            var tree = commit.Tree;
            var parentTrees = parents.Select(p => p.Tree).ToList();
            if (parentTrees.Any(p => p.Id == tree.Id))
            {
                continue;
            }

            var unchangedFolders = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var (note, path) in names.ToList())
            {
                var folder = FolderOf(path);
                if (!unchangedFolders.TryGetValue(folder, out var unchanged))
                {
                    var folderId = IdAt(tree, folder);
                    unchanged = parentTrees.Any(p => IdAt(p, folder) == folderId);
                    unchangedFolders[folder] = unchanged;
                }

                if (!unchanged)
                {
                    Visit(commit, tree, parentTrees, note, path, atCut, sequence, versions, names, files.Contains(note) ? _ => false : followRename);
                }
            }
        }
    }

    private void Visit(
        Commit commit, Tree tree, List<Tree> parentTrees, string note, string path, bool atCut, long sequence,
        Dictionary<string, List<NoteVersion>> versions, List<(string Note, string Path)> names, Func<string, bool> followRename)
    {
        var blob = IdAt(tree, path);
        var parentBlobs = parentTrees.Select(p => IdAt(p, path)).ToList();
        if (parentBlobs.Any(b => b == blob) || (blob is null && parentBlobs.Count == 0))
        {
            return;
        }

        var when = commit.Author.When;
        if (blob is null)
        {
            versions[note].Add(new NoteVersion(commit.Sha, when, path, null, VersionKind.Deleted, Sequence: sequence));
            return;
        }

        if (parentBlobs.Count == 0 || parentBlobs.All(b => b is null))
        {
            var source = parentTrees.Count > 0 && followRename(blob.Sha) ? RenameSource(parentTrees[0], tree, path) : null;
            if (source is not null && !names.Contains((note, source)))
            {
                names.Add((note, source));
                versions[note].Add(new NoteVersion(commit.Sha, when, path, blob.Sha, VersionKind.Renamed, Sequence: sequence));
                return;
            }

            versions[note].Add(new NoteVersion(commit.Sha, when, path, blob.Sha, VersionKind.Added, atCut, sequence));
            return;
        }

        versions[note].Add(new NoteVersion(commit.Sha, when, path, blob.Sha, VersionKind.Modified, Sequence: sequence));
    }

    private string? RenameSource(Tree parent, Tree tree, string path)
    {
        var changes = repository.Diff.Compare<TreeChanges>(parent, tree, RenameOptions);
        return changes.Renamed.FirstOrDefault(c => c.Path == path)?.OldPath;
    }

    private static ObjectId? IdAt(Tree tree, string path)
    {
        if (path.Length == 0)
        {
            return tree.Id;
        }

        var entry = tree[path];
        return entry?.Target.Id;
    }

    private static string FolderOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path[..slash];
    }
}
