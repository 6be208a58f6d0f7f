using System.Collections.Concurrent;
using LibGit2Sharp;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Core.Git;

/// <summary>
/// The only place that knows LibGit2Sharp: opens the repository (and the index git hands a hook),
/// reads and stages files, and hands out the history seam.
/// </summary>
public sealed class GitRepository : IDisposable
{
    private readonly Repository _repository;
    private readonly string _commonDirectory;
    private readonly GitCommandLine _git;
    private readonly BlobReader _blobs;
    private readonly PromisorRemote _promisor;
    private readonly HistoryCuts _cuts;
    private readonly HistoryCacheFile _historyCache;
    private readonly CheckedCacheFile _readingsCache;
    private readonly CheckedCacheFile _roadmapRowsCache;
    private readonly CheckedCacheFile _parsedRoadmapCache;
    private readonly Dictionary<string, Tree?> _trees = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<HashSet<string>>> _stagedChanges = new(StringComparer.Ordinal);
    private HashSet<string>? _stagedWithoutBase;
    private List<string>? _tracked;
    private Dictionary<string, (string Path, ObjectId Id)>? _indexIds;
    private List<string>? _sortedTracked;
    private Tree? _headTree;
    private readonly HashSet<string> _skipWorktree = new(StringComparer.Ordinal);

    /// <summary>
    /// libgit2 hashes every object it reads again to check its name; git itself does that only in
    /// fsck, not on a read. On a long roadmap that was a twentieth of the hook. zlib's own checksum
    /// still turns a damaged object into an error. A setting of the process, made once.
    /// </summary>
    static GitRepository() => GlobalSettings.SetStrictHashVerification(false);

    private GitRepository(Repository repository, string? indexPath)
    {
        _repository = repository;
        IndexPath = indexPath;
        WorkingDirectory = Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory ?? repository.Info.Path);
        GitDirectory = Path.TrimEndingDirectorySeparator(repository.Info.Path);
        _commonDirectory = CommonDirectoryOf(GitDirectory);
        _git = new GitCommandLine(WorkingDirectory, GitDirectory);
        _blobs = new BlobReader(repository.Info.Path, _git);
        _promisor = new PromisorRemote(_git, _commonDirectory, repository.ObjectDatabase);
        _cuts = HistoryCuts.Read(_commonDirectory);
        CacheFile = Path.Combine(_commonDirectory, "roadmap-git", CacheFileName(_commonDirectory));
        _historyCache = new HistoryCacheFile(CacheFile);
        _readingsCache = new CheckedCacheFile(Path.Combine(Path.GetDirectoryName(CacheFile)!, "readings.bin"), Notes.ReadingCache.Kind, Notes.ReadingCache.FormatVersion);
        _roadmapRowsCache = new CheckedCacheFile(
            Path.Combine(Path.GetDirectoryName(CacheFile)!, "roadmap-rows.bin"), Ownership.RoadmapRowsCache.Kind, Ownership.RoadmapRowsCache.FormatVersion);
        _parsedRoadmapCache = new CheckedCacheFile(
            Path.Combine(Path.GetDirectoryName(CacheFile)!, "roadmaps.bin"), Update.ParsedRoadmapCache.Kind, Update.ParsedRoadmapCache.FormatVersion);
        History = new RecordHistory(new CachedHistoryRecords(_git, _historyCache, _cuts), _blobs.ReadText);
    }

    public string WorkingDirectory { get; }

    public string GitDirectory { get; }

    /// <summary>The index file this repository reads and writes, when not the default one.</summary>
    public string? IndexPath { get; }

    /// <summary>Commits whose parents history does not hold: the shallow boundary, and grafts that give a commit no parents.</summary>
    public IReadOnlySet<string> CutCommits => _cuts.Commits;

    /// <summary>History read through git, with its cache kept in the git directory.</summary>
    public IRepositoryHistory History { get; }

    /// <summary>Where the history cache lives: inside the git directory, one file per worktree.</summary>
    public string CacheFile { get; }

    /// <summary>What each note version says, kept between runs beside the history cache (shared by worktrees: blobs are).</summary>
    public ReadingCache ReadingCache(NoteRules rules) => Notes.ReadingCache.In(_readingsCache, rules);

    /// <summary>The rows of roadmap versions parsed to find hand values' origins, kept beside the history cache (shared by worktrees: blobs are).</summary>
    public Ownership.RoadmapRowsCache RoadmapRowsCache(Markdown.OverallLabels labels) => Ownership.RoadmapRowsCache.In(_roadmapRowsCache, labels);

    /// <summary>
    /// Each roadmap as the last run parsed it, kept beside the history cache. Read when asked, not
    /// in the background: the run needs it first, and the pool's threads are decoding the others.
    /// </summary>
    public Update.ParsedRoadmapCache ParsedRoadmapCache(Markdown.OverallLabels labels) => Update.ParsedRoadmapCache.In(_parsedRoadmapCache, labels);

    /// <summary>Starts reading the caches in the background while the roadmap is parsed: a run needs both soon after.</summary>
    public void PrefetchCaches()
    {
        _historyCache.Prefetch();
        Notes.ReadingCache.Prefetch(_readingsCache);
        Ownership.RoadmapRowsCache.Prefetch(_roadmapRowsCache);
    }

    public DateTimeOffset? HeadAuthorDate
    {
        get
        {
            try
            {
                return HeadCommit?.Author.When;
            }
            catch (ArgumentOutOfRangeException)
            {
                // git takes any date (year 10000, offsets to ±23:59); one LibGit2Sharp cannot hold is no date.
                return null;
            }
        }
    }

    /// <summary>HEAD's tree, looked up once: HEAD does not move while the tool runs.</summary>
    private Tree? HeadTree => _headTree ??= HeadCommit?.Tree;

    /// <summary>HEAD's commit id, or null before the first commit.</summary>
    public string? HeadId => HeadCommit?.Sha;

    /// <summary>The parents of HEAD: where history starts when the commit being made replaces HEAD.</summary>
    public IReadOnlyList<string> HeadParentIds => HeadCommit?.Parents.Select(p => p.Sha).ToList() ?? [];

    /// <summary>
    /// HEAD's commit, or null before the first commit. libgit2 answers null as well for a branch whose
    /// commit the repository lost: taken for a repository without commits, it would turn every topic
    /// back to Not Started.
    /// </summary>
    private Commit? HeadCommit => _repository.Head.Tip
        ?? (_repository.Head.Reference?.ResolveToDirectReference() is { } named ? throw HistoryReadException.MissingHead(named.TargetIdentifier) : null);

    /// <summary>The commits being merged in (<c>MERGE_HEAD</c>) while a merge waits for its commit.</summary>
    public IReadOnlyList<string> MergeHeadIds
    {
        get
        {
            var file = Path.Combine(GitDirectory, "MERGE_HEAD");
            return File.Exists(file)
                ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length == 40 && _repository.Lookup<Commit>(l) is not null).ToList()
                : [];
        }
    }

    /// <summary>True in a shallow clone: history stops at the commits git fetched.</summary>
    public bool IsShallow => File.Exists(Path.Combine(_commonDirectory, "shallow"));

    /// <summary>True in a partial clone: blobs it lacks are fetched from its promisor remote when read.</summary>
    public bool IsPartialClone => _promisor.Name is not null;

    /// <summary>
    /// In a partial clone, fetches in one request the blobs among <paramref name="blobIds"/> the
    /// clone lacks (see <see cref="PromisorRemote.FetchMissing"/>).
    /// </summary>
    public void FetchMissingBlobs(IReadOnlyCollection<string> blobIds) => _promisor.FetchMissing(blobIds);

    /// <summary>
    /// Opens the repository that contains <paramref name="startPath"/>, or returns null. As git does,
    /// <c>GIT_DIR</c> and <c>GIT_WORK_TREE</c> (given here) name the repository and its work tree
    /// instead; with only a git directory, the work tree is where the command runs. The search for a repository stops
    /// below <paramref name="ceilingDirectories"/> (<c>GIT_CEILING_DIRECTORIES</c>).
    /// </summary>
    public static GitRepository? Open(
        string startPath, string? indexPath = null, string? gitDirectory = null, string? workTree = null, string? ceilingDirectories = null)
    {
        var gitPath = string.IsNullOrEmpty(gitDirectory) ? RepositoryDiscovery.GitDirectory(startPath, ceilingDirectories) : Path.GetFullPath(gitDirectory, startPath);
        if (gitPath is null)
        {
            return null;
        }

        var options = new RepositoryOptions { IndexPath = indexPath };
        if (!string.IsNullOrEmpty(workTree) || !string.IsNullOrEmpty(gitDirectory))
        {
            options.WorkingDirectoryPath = Path.GetFullPath(string.IsNullOrEmpty(workTree) ? startPath : workTree, startPath);
        }

        Repository repository;
        try
        {
            // Opening is the check: asking libgit2 first whether the folder is a repository opens it twice on every run.
            repository = new Repository(gitPath, options);
        }
        catch (RepositoryNotFoundException)
        {
            return null;
        }

        if (repository.Info.IsBare)
        {
            repository.Dispose();
            return null;
        }

        return new GitRepository(repository, indexPath);
    }

    /// <summary>The staged bytes of <paramref name="path"/>, or null when nothing is staged there.</summary>
    /// <param name="likely">
    /// Bytes the staged blob most likely holds (the work tree's copy): taken when its id says they
    /// are the same, which is cheaper than inflating a long roadmap or record on every commit.
    /// </param>
    public byte[]? ReadIndex(string path, byte[]? likely = null)
    {
        var id = IndexBlobId(path);
        return id is not null && likely is not null && BlobIds.Names(id, likely) ? likely : BlobBytes(id);
    }

    /// <summary>True when a folder on <paramref name="path"/> is a submodule, whose files are another repository's.</summary>
    public bool InSubmodule(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            var folder = path[..slash];
            if (_repository.Index[folder]?.Mode == Mode.GitLink || HeadTree?[folder]?.TargetType == TreeEntryTargetType.GitLink)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when git tracks files under <paramref name="path"/>: it names a folder.</summary>
    public bool IsTrackedFolder(string path)
    {
        // The walk of the index that lists the tracked paths keeps them in ordinal order beside.
        _ = TrackedPaths();
        var sorted = _sortedTracked!;
        var prefix = path.TrimEnd('/') + "/";
        var index = sorted.BinarySearch(prefix, StringComparer.Ordinal);
        var first = index >= 0 ? index : ~index;
        return first < sorted.Count && sorted[first].StartsWith(prefix, StringComparison.Ordinal);
    }

    public string? IndexBlobId(string path)
    {
        // Once the index has been walked, its entries answer: a lookup through LibGit2Sharp builds an
        // entry each time, and the hook asks after every note that history last saw deleted (hundreds
        // on a long roadmap). A path the index holds in another case is left to libgit2, which knows
        // whether the file system tells cases apart.
        if (_indexIds is { } ids)
        {
            if (!ids.TryGetValue(path, out var entry))
            {
                return null;
            }

            if (entry.Path == path)
            {
                return entry.Id.Sha;
            }
        }

        return _repository.Index[path]?.Id.Sha;
    }

    /// <summary>The paths git tracks: every path in the index, repository-relative with <c>/</c>, once each.</summary>
    /// <remarks>Read once until the next <see cref="Stage"/>: LibGit2Sharp builds every entry anew on each walk of the index.</remarks>
    public IReadOnlyList<string> TrackedPaths()
    {
        if (_tracked is null)
        {
            // Sized once, ids kept as read (spelled out only when asked for): the hook walks an index
            // of tens of thousands of entries on every commit.
            var index = _repository.Index;
            var paths = new List<string>(index.Count);
            var ids = new Dictionary<string, (string Path, ObjectId Id)>(index.Count, StringComparer.OrdinalIgnoreCase);
            var ordinal = true;
            foreach (var entry in index)
            {
                var path = Path.DirectorySeparatorChar == '\\' ? entry.Path.Replace('\\', '/') : entry.Path;

                // A path has an entry per side of a conflict, side by side where the index is in ordinal
                // order (it is, unless the file system ignores case): the path is listed once.
                var last = paths.Count == 0 ? null : paths[^1];
                ordinal &= last is null || string.CompareOrdinal(last, path) <= 0;
                if (!string.Equals(last, path, StringComparison.Ordinal))
                {
                    paths.Add(path);
                }

                // What a lookup by path answers: the entry of a path with no conflict.
                if (entry.StageLevel == StageLevel.Staged)
                {
                    ids.TryAdd(path, (path, entry.Id));
                }
            }

            // The index keeps its paths in byte order, the same as ordinal order unless the file system
            // ignores case or a path holds characters beyond U+FFFF: only then are they sorted apart.
            _tracked = ordinal ? paths : paths.Distinct(StringComparer.Ordinal).ToList();
            _sortedTracked = ordinal ? paths : [.. _tracked.Order(StringComparer.Ordinal)];
            _indexIds = ids;
        }

        return _tracked;
    }

    /// <summary>The blob a commit holds at <paramref name="path"/>, or null.</summary>
    public string? BlobIdAt(string commitId, string path)
    {
        // The hook asks this for every linked note of the same one or two commits.
        if (!_trees.TryGetValue(commitId, out var tree))
        {
            tree = _repository.Lookup<Commit>(commitId)?.Tree;
            _trees[commitId] = tree;
        }

        var entry = tree?[path];
        return entry?.TargetType == TreeEntryTargetType.Blob ? entry.Target.Sha : null;
    }

    /// <summary>
    /// Stores each file's content in git's object store, for <see cref="Stage"/> to put in an
    /// index. Whatever a run stages is stored before any index is written, so that a store that
    /// cannot take a file (a full disk) stops the run with no index changed.
    /// </summary>
    internal IReadOnlyList<StoredFile> Store(IReadOnlyList<(string Path, byte[] Content)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var stored = new List<StoredFile>(files.Count);
        foreach (var (path, content) in files)
        {
            try
            {
                using var stream = new MemoryStream(content, writable: false);
                stored.Add(new StoredFile(path, _repository.ObjectDatabase.CreateBlob(stream)));
            }
            catch (LibGit2SharpException)
            {
                // libgit2 reports a failed write with whatever error it last recorded (an earlier,
                // harmless lookup), so its message would not say what went wrong.
                throw Fail.CannotStage([path]);
            }
        }

        return stored;
    }

    /// <summary>
    /// Stages the stored files in one write of this index, each keeping its mode and, in a sparse
    /// checkout, its skip-worktree flag (LibGit2Sharp's add drops it, and git would then show the
    /// file outside the sparse cone as deleted): the index takes all of them or none.
    /// </summary>
    internal void Stage(IReadOnlyList<StoredFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return;
        }

        foreach (var file in files)
        {
            if (!File.Exists(Path.Combine(WorkingDirectory, file.Path)) && IsSkipWorktree(file.Path))
            {
                _skipWorktree.Add(file.Path);
            }
        }

        try
        {
            foreach (var file in files)
            {
                _repository.Index.Add(file.Blob, file.Path, _repository.Index[file.Path]?.Mode ?? Mode.NonExecutableFile);
            }

            _repository.Index.Write();
            (_tracked, _sortedTracked, _indexIds) = (null, null, null);
        }
        catch (LibGit2SharpException)
        {
            throw Fail.CannotStage(files.Select(f => f.Path));
        }

        // LibGit2Sharp writes the whole index from memory, so every flag it dropped is set again after each write.
        if (_skipWorktree.Count > 0)
        {
            IndexCommand(["update-index", "--skip-worktree", "--", .. _skipWorktree]);
        }
    }

    /// <summary>
    /// The paths whose staged entry differs from the commit's (added, changed or removed): one
    /// diff of the index against the commit's tree, however many notes the roadmap links.
    /// </summary>
    /// <remarks>
    /// Asked of <c>git diff-index</c>: git skips every folder the index records as unchanged, where
    /// libgit2 reads the whole tree (tens of milliseconds and of megabytes in a large repository,
    /// on every commit).
    /// </remarks>
    public IReadOnlySet<string> StagedChanges(string? commitId)
    {
        if (commitId is null || (!_stagedChanges.ContainsKey(commitId) && _repository.Lookup<Commit>(commitId) is null))
        {
            // Against no commit, everything staged is a change.
            return _stagedWithoutBase ??= TrackedPaths().ToHashSet(StringComparer.Ordinal);
        }

        return StagedDiff(commitId).Value;
    }

    /// <summary>Starts asking git which paths are staged against a commit while the roadmap is parsed: the hook needs the answer soon after.</summary>
    public void PrefetchStagedChanges(string commitId)
    {
        var diff = StagedDiff(commitId);

        // A failure is met again, and told, where the changes are asked for.
        _ = Task.Run(() => diff.Value).ContinueWith(t => t.Exception, TaskScheduler.Default);
    }

    /// <summary>Once per commit, on whichever thread asks first; git, not libgit2, so any thread may.</summary>
    private Lazy<HashSet<string>> StagedDiff(string commitId) => _stagedChanges.GetOrAdd(commitId, id => new Lazy<HashSet<string>>(
        () => IndexCommand("diff-index", "--cached", "--no-renames", "--name-only", "-z", id, "--")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal)));

    /// <summary>Where a commit that deleted <paramref name="path"/> moved it, if it was a rename.</summary>
    public string? RenamedTo(string commitId, string path)
    {
        var commit = _repository.Lookup<Commit>(commitId);
        var parent = commit?.Parents.FirstOrDefault();
        if (commit is null || parent is null)
        {
            return null;
        }

        var changes = _repository.Diff.Compare<TreeChanges>(parent.Tree, commit.Tree, new CompareOptions { Similarity = SimilarityOptions.Renames });
        return changes.Renamed.FirstOrDefault(c => c.OldPath == path)?.Path;
    }

    /// <summary>
    /// Renames between a commit (HEAD, or its parent when amending) and the index that move a
    /// linked note away, or move a file onto a linked path: what <c>git mv</c> staged for the
    /// commit being made.
    /// </summary>
    public IReadOnlyList<(string From, string To)> StagedRenames(string? baseCommitId, IReadOnlyCollection<string> linked)
    {
        // Only a note that the base has and the index lost, or the other way round, can take part in
        // a rename; most commits have none, so the rename diff is rarely needed.
        var tip = baseCommitId is null ? null : _repository.Lookup<Commit>(baseCommitId);
        var moved = tip is not null && StagedChanges(tip.Sha)
            .Where(linked.Contains)
            .Any(p => (_repository.Index[p] is null) != (BlobIdAt(tip.Sha, p) is null));
        if (tip is null || !moved)
        {
            return [];
        }

        var changes = _repository.Diff.Compare<TreeChanges>(
            tip.Tree, DiffTargets.Index, null, null, new CompareOptions { Similarity = SimilarityOptions.Renames });
        return changes.Renamed
            .Where(c => linked.Contains(c.OldPath) || linked.Contains(c.Path))
            .Select(c => (c.OldPath, c.Path))
            .ToList();
    }

    public void Dispose()
    {
        _blobs.Dispose();
        _repository.Dispose();
    }

    /// <summary>History read by one git log on every call, without the cache.</summary>
    internal IRepositoryHistory UncachedHistory() => new RecordHistory(new GitLogRecords(_git, _cuts.Commits), _blobs.ReadText);

    /// <summary>History read through libgit2 alone: the reference the other readers are held to.</summary>
    internal IRepositoryHistory LibGit2History() => new LibGit2History(_repository, _cuts.Commits, _blobs.ReadText);

    /// <summary>Only git says which entries are skip-worktree; it is asked only for a staged file missing from the work tree.</summary>
    private bool IsSkipWorktree(string path) =>
        _repository.Index[path] is not null && IndexCommand("ls-files", "-t", "--", path).StartsWith("S ", StringComparison.Ordinal);

    /// <summary>A git command on this repository and on the index this instance reads and writes.</summary>
    private string IndexCommand(params string[] args)
    {
        var environment = new Dictionary<string, string> { ["GIT_DIR"] = GitDirectory, ["GIT_WORK_TREE"] = WorkingDirectory };
        if (IndexPath is not null)
        {
            environment["GIT_INDEX_FILE"] = IndexPath;
        }

        var (code, output, error) = GitProcess.Run(WorkingDirectory, environment, args);
        return code == 0 ? output : throw new IOException($"git {args[0]} failed: {error.Trim()}");
    }

    private byte[]? BlobBytes(string? id)
    {
        if (id is null)
        {
            return null;
        }

        // Read into an array of the blob's size: a long roadmap is most of a megabyte, read on every commit.
        var blob = _repository.Lookup<Blob>(new ObjectId(id));
        using var stream = blob.GetContentStream();
        var bytes = new byte[blob.Size];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static string CommonDirectoryOf(string gitDirectory)
    {
        var pointer = Path.Combine(gitDirectory, "commondir");
        return File.Exists(pointer)
            ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(gitDirectory, File.ReadAllText(pointer).Trim())))
            : gitDirectory;
    }

    /// <summary>Each worktree has HEAD of its own, so each keeps its own history as of its own tips.</summary>
    private string CacheFileName(string commonDirectory) =>
        GitDirectory == commonDirectory ? "history.bin" : $"history-{Path.GetFileName(GitDirectory)}.bin";
}
