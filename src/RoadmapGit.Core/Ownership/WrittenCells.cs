namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The record of what roadmap-git last wrote into each roadmap's cells, committed beside the
/// roadmap so that a fresh clone, CI and the hook agree on which cells are the learner's: a cell
/// that still holds the value written here is roadmap-git's; any other value was written by hand.
/// Several records may be merged (the staged and the working one, both sides of a conflict): a
/// value any of them remembers counts as written by roadmap-git.
/// </summary>
public sealed class WrittenCells
{
    public const string FileName = ".roadmap-git.cells";

    /// <summary>What a note the record does not hold has: never added to.</summary>
    private static readonly List<WrittenRow> NoRows = [];

    private readonly Dictionary<(string Roadmap, string Note), List<WrittenRow>> _rows;

    public WrittenCells(IEnumerable<(string Roadmap, string Note, WrittenRow Row)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = [];
        foreach (var (roadmap, note, row) in rows)
        {
            if (!_rows.TryGetValue((roadmap, note), out var list))
            {
                // Most notes have one row.
                list = new List<WrittenRow>(1);
                _rows[(roadmap, note)] = list;
            }

            if (!list.Contains(row))
            {
                list.Add(row);
            }
        }
    }

    public static WrittenCells Empty { get; } = new([]);

    public IEnumerable<(string Roadmap, string Note, WrittenRow Row)> Entries =>
        _rows.SelectMany(kv => kv.Value.Select(row => (kv.Key.Roadmap, kv.Key.Note, row)));

    public WrittenCells Merge(WrittenCells other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new WrittenCells(Entries.Concat(other.Entries));
    }

    /// <summary>
    /// The first of a note's names (its path now, then the names it had before a rename) under
    /// which this roadmap's record holds its row; null when it holds none.
    /// </summary>
    public string? NameOf(string roadmap, IEnumerable<string> names) => names.FirstOrDefault(name => _rows.ContainsKey((roadmap, name)));

    /// <summary>True when roadmap-git wrote <paramref name="status"/> into this row's Status cell.</summary>
    /// <param name="occurrence">Which of the rows linking the note (0 for the first).</param>
    public bool Wrote(string roadmap, string note, TopicStatus status, int occurrence = 0)
    {
        // Loops, not queries: asked three times for every row on every commit.
        foreach (var row in Rows(roadmap, note))
        {
            if (row.Occurrence == occurrence && row.Status == status)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when roadmap-git wrote <paramref name="day"/> into this row's date cell.</summary>
    public bool Wrote(string roadmap, string note, CellColumn column, DateOnly day, int occurrence = 0)
    {
        foreach (var row in Rows(roadmap, note))
        {
            if (row.Occurrence == occurrence && (column == CellColumn.Start ? row.Start : row.Finish) == day)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What the record holds for one row of a roadmap: the <paramref name="occurrence"/>-th linking the note.</summary>
    public IEnumerable<WrittenRow> RowsOf(string roadmap, string note, int occurrence) => Rows(roadmap, note).Where(r => r.Occurrence == occurrence);

    private List<WrittenRow> Rows(string roadmap, string note) =>
        _rows.TryGetValue((roadmap, note), out var list) ? list : NoRows;
}
