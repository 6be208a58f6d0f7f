using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using RoadmapGit.Core.History;

namespace RoadmapGit.Tests.Support;

/// <summary>
/// A history kept in memory and built by hand (commits on branches, moves, merges, a cut, a
/// rebase) that answers the history seam as git does, for tests that need no repository. Blob ids
/// are git's own; a rename is a <see cref="Move"/>, or a file deleted and added with the same
/// content in one commit.
/// </summary>
internal sealed class InMemoryHistory : IRepositoryHistory, IHistoryRecords
{
    private readonly List<Node> _commits = [];
    private readonly Dictionary<string, Node> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _branches = new(StringComparer.Ordinal) { ["main"] = null };
    private readonly HashSet<string> _cuts = new(StringComparer.Ordinal);
    private string _branch = "main";

    public string? Head => _branches[_branch];

    public IReadOnlyList<string> HeadParents => Head is null ? [] : _byId[Head].Parents;

    /// <summary>The branch tip being merged while a merge is in progress.</summary>
    public string? MergeHead { get; private set; }

    public string Commit(string date, string message, params (string Path, string? Content)[] files) =>
        Add(message, date, date, Head is null ? [] : [Head], Apply(TreeOf(Head), files), ImmutableDictionary<string, string>.Empty);

    /// <summary>Renames a file (as <c>git mv</c>), with new content or its old one.</summary>
    public string Move(string date, string message, string from, string to, string? content = null)
    {
        var tree = TreeOf(Head);
        var text = content ?? _texts[tree[from]];
        return Add(message, date, date, [Head!], tree.Remove(from).SetItem(to, Store(text)), ImmutableDictionary<string, string>.Empty.Add(to, from));
    }

    public void Branch(string name)
    {
        _branches[name] = Head;
        _branch = name;
    }

    public void Switch(string name) => _branch = _branches.ContainsKey(name) ? name : throw new ArgumentException($"no branch {name}", nameof(name));

    /// <summary>Merges a branch: each path as the side that changed it, or as <paramref name="files"/> resolve it.</summary>
    public string Merge(string date, string message, string branch, params (string Path, string? Content)[] files)
    {
        var other = _branches[branch]!;
        MergeHead = null;
        return Add(message, date, date, [Head!, other], Apply(ThreeWay(Head!, other), files), ImmutableDictionary<string, string>.Empty);
    }

    public void StartMerge(string branch) => MergeHead = _branches[branch];

    /// <summary>Cuts history at a commit, as a shallow clone does: what came before it is unknown.</summary>
    public void Cut(string commitId) => _cuts.Add(commitId);

    /// <summary>Replays the current branch's own commits on <paramref name="onto"/>, keeping their author dates, as git rebase does.</summary>
    public void Rebase(string onto, string committerDate)
    {
        var tip = _branches[onto]!;
        var below = Ancestors(tip);
        var own = new List<Node>();
        for (var node = _byId[Head!]; !below.Contains(node.Id); node = _byId[node.Parents[0]])
        {
            own.Add(node);
        }

        own.Reverse();
        foreach (var node in own.Where(n => n.Parents.Count == 1))
        {
            var parent = _byId[node.Parents[0]].Tree;
            var tree = TreeOf(tip);
            foreach (var path in node.Tree.Keys.Union(parent.Keys))
            {
                var blob = node.Tree.GetValueOrDefault(path);
                if (blob != parent.GetValueOrDefault(path))
                {
                    tree = blob is null ? tree.Remove(path) : tree.SetItem(path, blob);
                }
            }

            tip = Add(node.Message, node.AuthorDate.ToString("O", CultureInfo.InvariantCulture), committerDate, [tip], tree, node.Moves);
        }

        _branches[_branch] = tip;
    }

    /// <summary>The one commit with this message that a branch or the merge in progress reaches.</summary>
    public string CommitOf(string message)
    {
        var reachable = _branches.Values.Append(MergeHead).OfType<string>().SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        return _commits.Single(c => c.Message == message && reachable.Contains(c.Id)).Id;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> ReadTimelines(HistoryQuery query) =>
        new RecordHistory(this, ReadText).ReadTimelines(query);

    public string ReadText(string blobId) =>
        _texts.TryGetValue(blobId, out var text) ? text : throw HistoryReadException.MissingBlob(blobId, string.Empty);

    public HistoryRecords Read(IReadOnlyList<string> tips, PathCoverage coverage, Action<PathChange>? seen = null)
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(tips);
        while (stack.TryPop(out var id))
        {
            if (reachable.Add(id))
            {
                ParentsOf(_byId[id]).ForEach(stack.Push);
            }
        }

        // Commits are made after their parents, so the order they were made in is a topological one.
        var corrected = new Dictionary<string, long>(StringComparer.Ordinal);
        var records = new List<HistoryCommit>();
        foreach (var node in _commits)
        {
            var parents = ParentsOf(node);
            corrected[node.Id] = HistorySequence.CorrectedTime(node.CommitterDate.ToUnixTimeSeconds(), parents.Select(p => corrected[p]));
            if (reachable.Contains(node.Id))
            {
                records.Add(new HistoryCommit(
                    node.Id, HistorySequence.Of(corrected[node.Id], node.Id), node.AuthorDate, _cuts.Contains(node.Id), ChangesOf(node, parents)));
            }
        }

        records.SelectMany(r => r.Changes).ToList().ForEach(c => seen?.Invoke(c));
        return new HistoryRecords(records, PathCoverage.Everything);
    }

    private List<PathChange> ChangesOf(Node node, List<string> parents)
    {
        var parentTrees = parents.Select(p => _byId[p].Tree).ToList();
        var changes = new List<PathChange>();
        foreach (var path in parentTrees.SelectMany(t => t.Keys).Union(node.Tree.Keys).Order(StringComparer.Ordinal))
        {
            var blob = node.Tree.GetValueOrDefault(path);
            var parentBlobs = parentTrees.Select(t => t.GetValueOrDefault(path)).ToList();
            if (parentBlobs.Contains(blob) || (blob is null && parentBlobs.Count == 0))
            {
                continue;
            }

            var renamedFrom = blob is not null && parentBlobs.Count > 0 && parentBlobs.TrueForAll(b => b is null)
                ? RenameSource(node, parentTrees[0], path, blob)
                : null;
            changes.Add(new PathChange(path, blob, parentBlobs, renamedFrom));
        }

        return changes;
    }

    private static string? RenameSource(Node node, ImmutableSortedDictionary<string, string> parent, string path, string blob)
    {
        bool Gone(string source) => parent.ContainsKey(source) && !node.Tree.ContainsKey(source);
        if (node.Moves.TryGetValue(path, out var moved) && Gone(moved))
        {
            return moved;
        }

        return parent.Where(kv => kv.Value == blob && Gone(kv.Key)).Select(kv => kv.Key).FirstOrDefault();
    }

    private List<string> ParentsOf(Node node) => _cuts.Contains(node.Id) ? [] : [.. node.Parents];

    private HashSet<string> Ancestors(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([id]);
        while (stack.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var parent in _byId[next].Parents)
                {
                    stack.Push(parent);
                }
            }
        }

        return seen;
    }

    private ImmutableSortedDictionary<string, string> ThreeWay(string head, string other)
    {
        var common = Ancestors(head);
        common.IntersectWith(Ancestors(other));
        var mergeBase = _commits.Last(c => common.Contains(c.Id)).Tree;
        var ours = _byId[head].Tree;
        var theirs = _byId[other].Tree;
        var tree = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);
        foreach (var path in ours.Keys.Union(theirs.Keys).Union(mergeBase.Keys))
        {
            var mine = ours.GetValueOrDefault(path);
            var blob = mine == mergeBase.GetValueOrDefault(path) ? theirs.GetValueOrDefault(path) : mine;
            tree = blob is null ? tree : tree.Add(path, blob);
        }

        return tree;
    }

    private ImmutableSortedDictionary<string, string> Apply(ImmutableSortedDictionary<string, string> tree, (string Path, string? Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            tree = content is null ? tree.Remove(path) : tree.SetItem(path, Store(content));
        }

        return tree;
    }

    private ImmutableSortedDictionary<string, string> TreeOf(string? commit) =>
        commit is null ? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal) : _byId[commit].Tree;

    private string Store(string content)
    {
        var id = GitBlob.IdOf(content);
        _texts[id] = content;
        return id;
    }

    private string Add(
        string message, string authorDate, string committerDate, List<string> parents,
        ImmutableSortedDictionary<string, string> tree, IReadOnlyDictionary<string, string> moves)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{_commits.Count}\n{message}")))[..40];
        var node = new Node(id, message, parents, Date(authorDate), Date(committerDate), tree, moves);
        _commits.Add(node);
        _byId[id] = node;
        _branches[_branch] = id;
        return id;
    }

    private static DateTimeOffset Date(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <param name="Moves">Renames made in this commit: new path to old.</param>
    private sealed record Node(
        string Id, string Message, IReadOnlyList<string> Parents, DateTimeOffset AuthorDate, DateTimeOffset CommitterDate,
        ImmutableSortedDictionary<string, string> Tree, IReadOnlyDictionary<string, string> Moves);
}
