namespace RoadmapGit.Core.History;

/// <summary>
/// Turns raw commit records into the timelines a query asks for, walking back from the newest
/// commit. A note is tracked under every name it had: a rename met on the way adds the older name
/// (unless the new content is one that <see cref="HistoryQuery.FollowRename"/> declines). The work
/// follows the changed paths of each commit, never the number of queried paths.
/// </summary>
public static class TimelineBuilder
{
    public static BuiltTimelines Build(IEnumerable<HistoryCommit> commits, HistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(commits);
        ArgumentNullException.ThrowIfNull(query);
        var walk = new Walk(query);
        foreach (var commit in commits.Order(HistorySequence.NewestFirst))
        {
            walk.Visit(commit);
        }

        return walk.Result();
    }

    private sealed class Walk
    {
        private readonly HistoryQuery _query;
        private readonly List<(string Key, string Path, bool Follow)> _names = [];
        private readonly Dictionary<string, List<int>> _namesByPath = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<NoteVersion>> _newestFirst = new(StringComparer.Ordinal);
        private readonly List<(int Name, PathChange Change)> _hits = [];

        public Walk(HistoryQuery query)
        {
            _query = query;
            var notes = query.Notes.ToHashSet(StringComparer.Ordinal);
            foreach (var path in query.Paths)
            {
                _newestFirst[path] = [];
                AddName(path, path, notes.Contains(path));
            }
        }

        public void Visit(HistoryCommit commit)
        {
            _hits.Clear();
            foreach (var change in commit.Changes)
            {
                if (_namesByPath.TryGetValue(change.Path, out var names))
                {
                    _hits.AddRange(names.Select(name => (name, change)));
                }
            }

            // Names met in this commit are not looked at until the next one, and each note's
            // versions of one commit come in the order its names were met.
            _hits.Sort((a, b) => a.Name.CompareTo(b.Name));
            foreach (var (name, change) in _hits)
            {
                Apply(commit, _names[name], change);
            }
        }

        public BuiltTimelines Result() => new(
            _newestFirst.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyList<NoteVersion>)Enumerable.Reverse(kv.Value).ToList(),
                StringComparer.Ordinal),
            _namesByPath.Keys.ToList());

        private void Apply(HistoryCommit commit, (string Key, string Path, bool Follow) name, PathChange change)
        {
            var blob = change.BlobId;
            var parents = change.ParentBlobIds;
            if (parents.Any(parent => parent == blob) || (blob is null && parents.Count == 0))
            {
                return;
            }

            var versions = _newestFirst[name.Key];
            if (blob is null)
            {
                versions.Add(Version(commit, name.Path, null, VersionKind.Deleted));
            }
            else if (parents.Any(parent => parent is not null))
            {
                versions.Add(Version(commit, name.Path, blob, VersionKind.Modified));
            }
            else if (name.Follow && parents.Count > 0 && change.RenamedFrom is { } source
                && !_names.Exists(n => n.Key == name.Key && n.Path == source) && _query.FollowRename(blob))
            {
                AddName(name.Key, source, follow: true);
                versions.Add(Version(commit, name.Path, blob, VersionKind.Renamed));
            }
            else
            {
                versions.Add(Version(commit, name.Path, blob, VersionKind.Added) with { AtCut = commit.AtCut });
            }
        }

        private void AddName(string key, string path, bool follow)
        {
            if (!_namesByPath.TryGetValue(path, out var names))
            {
                names = [];
                _namesByPath[path] = names;
            }

            names.Add(_names.Count);
            _names.Add((key, path, follow));
        }

        private static NoteVersion Version(HistoryCommit commit, string path, string? blob, VersionKind kind) =>
            new(commit.Id, commit.AuthorDate, path, blob, kind, Sequence: commit.Sequence);
    }
}
