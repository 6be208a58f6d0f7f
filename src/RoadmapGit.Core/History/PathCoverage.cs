namespace RoadmapGit.Core.History;

/// <summary>
/// The part of the tree a reader looks at: the folders that hold notes (with everything under
/// them) and single files. A note at the top of the tree is covered on its own, never the whole tree.
/// </summary>
public sealed class PathCoverage
{
    private readonly bool _everything;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _items;

    private PathCoverage(IEnumerable<string> items, bool everything = false)
    {
        _everything = everything;
        var set = items.Where(item => item.Length > 0).ToHashSet(StringComparer.Ordinal);
        _items = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Items = set.Where(item => !UnderAnother(item)).Order(StringComparer.Ordinal).ToList();
        _items = Items.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Folders and files, none under another, in ordinal order.</summary>
    public IReadOnlyList<string> Items { get; }

    public static PathCoverage Empty { get; } = new([]);

    /// <summary>The whole tree, as records kept in memory cover it.</summary>
    public static PathCoverage Everything { get; } = new([], everything: true);

    public static PathCoverage Of(IEnumerable<string> items) => new(items);

    /// <summary>The folders of <paramref name="notes"/> (notes at the top on their own) and <paramref name="files"/> themselves.</summary>
    public static PathCoverage For(IEnumerable<string> notes, IEnumerable<string> files) =>
        new(FoldersOrSelves(notes).Concat(files));

    public bool Covers(string path) => _everything || Covers(path.AsSpan(), includingSelf: true);

    public bool Covers(PathCoverage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _everything || (!other._everything && other.Items.All(Covers));
    }

    public PathCoverage With(PathCoverage other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return _everything || other._everything ? Everything : new(Items.Concat(other.Items));
    }

    private bool UnderAnother(string item) => Covers(item.AsSpan(), includingSelf: false);

    /// <summary>Looks the path and each folder above it up, so the cost follows the path's depth.</summary>
    private bool Covers(ReadOnlySpan<char> path, bool includingSelf)
    {
        if (includingSelf && _items.Contains(path))
        {
            return true;
        }

        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/'))
        {
            path = path[..slash];
            if (_items.Contains(path))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Each note's folder (or the note, at the top), spelled once for each run of notes in one folder:
    /// a roadmap lists a folder's notes together, thousands of them, asked for on every commit.
    /// </summary>
    private static IEnumerable<string> FoldersOrSelves(IEnumerable<string> notes)
    {
        string? last = null;
        foreach (var note in notes)
        {
            var slash = note.LastIndexOf('/');
            var folder = slash <= 0 ? note.AsSpan() : note.AsSpan(0, slash);
            if (last is null || !folder.SequenceEqual(last))
            {
                last = folder.ToString();
                yield return last;
            }
        }
    }
}
