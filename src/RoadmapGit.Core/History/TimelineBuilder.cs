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
        foreach (var commit in NewestFirst(commits))
        {
            walk.Visit(commit);
        }

        return walk.Result();
    }

    /// <summary>The commits newest first; a cache keeps them so already, and a check is cheaper than a sort of every commit on every run.</summary>
    private static IReadOnlyList<HistoryCommit> NewestFirst(IEnumerable<HistoryCommit> commits)
    {
        var list = commits as IReadOnlyList<HistoryCommit> ?? commits.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            if (HistorySequence.NewestFirst.Compare(list[i - 1], list[i]) > 0)
            {
                return [.. list.Order(HistorySequence.NewestFirst)];
            }
        }

        return list;
    }

    private sealed class Walk
    {
        private readonly HistoryQuery _query;
        private readonly List<(string Key, string Path, bool Follow)> _names = [];
        private readonly Dictionary<string, List<int>> _namesByPath;
        private readonly Dictionary<string, List<NoteVersion>> _newestFirst;
        private readonly List<(int Name, PathChange Change)> _hits = [];

        public Walk(HistoryQuery query)
        {
            _query = query;
            var paths = query.Notes.Count + query.Files.Count;
            _namesByPath = new(paths, StringComparer.Ordinal);
            _newestFirst = new(paths, StringComparer.Ordinal);

            // The queried paths (HistoryQuery.Paths) in its order, each once: a note's renames are
            // followed, a file's not, and a path that is both is a note.
            foreach (var path in query.Notes)
            {
                if (_newestFirst.TryAdd(path, []))
                {
                    AddName(path, path, follow: true);
                }
            }

            foreach (var path in query.Files)
            {
                if (_newestFirst.TryAdd(path, []))
                {
                    AddName(path, path, follow: false);
                }
            }
        }

        public void Visit(HistoryCommit commit)
        {
            _hits.Clear();
            var changes = commit.Changes;
            for (var i = 0; i < changes.Count; i++)
            {
                var change = changes[i];
                if (_namesByPath.TryGetValue(change.Path, out var names))
                {
                    foreach (var name in names)
                    {
                        _hits.Add((name, change));
                    }
                }
            }

            // Names met in this commit are not looked at until the next one, and each note's
            // versions of one commit come in the order its names were met.
            if (_hits.Count > 1)
            {
                _hits.Sort((a, b) => a.Name.CompareTo(b.Name));
            }

            foreach (var (name, change) in _hits)
            {
                Apply(commit, _names[name], change);
            }
        }

        /// <summary>The timelines oldest first; the walk is done with its lists, so each is turned round where it lies rather than copied.</summary>
        public BuiltTimelines Result()
        {
            var timelines = new Dictionary<string, IReadOnlyList<NoteVersion>>(_newestFirst.Count, StringComparer.Ordinal);
            foreach (var (note, versions) in _newestFirst)
            {
                versions.Reverse();
                timelines[note] = versions;
            }

            return new BuiltTimelines(timelines, _namesByPath.Keys.ToList());
        }

        private void Apply(HistoryCommit commit, (string Key, string Path, bool Follow) name, PathChange change)
        {
            var blob = change.BlobId;
            var parents = change.ParentBlobIds;
            if (Contains(parents, blob) || (blob is null && parents.Count == 0))
            {
                return;
            }

            var versions = _newestFirst[name.Key];
            if (blob is null)
            {
                versions.Add(Version(commit, name.Path, null, VersionKind.Deleted));
            }
            else if (!AllNull(parents))
            {
                versions.Add(Version(commit, name.Path, blob, VersionKind.Modified));
            }
            else if (name.Follow && parents.Count > 0 && change.RenamedFrom is { } source
                && !IsNamed(name.Key, source) && _query.FollowRename(blob))
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

        /// <summary>Whether the note <paramref name="key"/> is tracked under <paramref name="path"/> already: a path has a name or two.</summary>
        private bool IsNamed(string key, string path)
        {
            if (_namesByPath.TryGetValue(path, out var names))
            {
                foreach (var name in names)
                {
                    if (string.Equals(_names[name].Key, key, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Contains(IReadOnlyList<string?> parents, string? blob)
        {
            for (var i = 0; i < parents.Count; i++)
            {
                if (parents[i] == blob)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool AllNull(IReadOnlyList<string?> parents)
        {
            for (var i = 0; i < parents.Count; i++)
            {
                if (parents[i] is not null)
                {
                    return false;
                }
            }

            return true;
        }

        private static NoteVersion Version(HistoryCommit commit, string path, string? blob, VersionKind kind) =>
            new(commit.Id, commit.AuthorDate, path, blob, kind, Sequence: commit.Sequence);
    }
}
