using RoadmapGit.Core.History;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// Finds where each hand value came from: walking the roadmap's committed versions from the
/// newest back, the oldest version of the final run in which the cell already said the same. A
/// value the newest committed version does not hold was written in the edit not committed yet;
/// one the version at a history cut already holds was written before the cut, on a day unknown.
/// Each version is read once per run, however many cells ask, and parsed once for good with a
/// <see cref="RoadmapRowsCache"/>.
/// </summary>
/// <param name="fetch">
/// Told the versions the walk is about to read, a batch at a time and each batch twice the one
/// before: a partial clone fetches what it lacks in a few requests, not one request a version.
/// </param>
public sealed class HandOrigins(
    Func<string, string> readText, OverallLabels labels, RoadmapRowsCache? cache = null, Action<IReadOnlyCollection<string>>? fetch = null)
{
    /// <summary>The first batch: most hand values are found within a few versions of the newest.</summary>
    private const int FirstBatch = 8;

    private readonly RoadmapRowsCache _cache = cache ?? RoadmapRowsCache.None;
    private readonly Dictionary<string, string> _textByBlob = new(StringComparer.Ordinal);

    /// <param name="versions">The roadmap's committed versions, oldest first.</param>
    /// <param name="rows">The rows with hand cells, by a key of the caller's (the row's line).</param>
    /// <param name="uncommitted">The edit being made: the staged commit, or the working tree.</param>
    public IReadOnlyDictionary<int, RowHands> Find(
        string roadmap, IReadOnlyList<NoteVersion> versions, IReadOnlyDictionary<int, HandRow> rows, HandEdit uncommitted)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(rows);
        var pending = rows.SelectMany(kv => kv.Value.Hands.Cells.Select(cell => (Key: kv.Key, Row: kv.Value, Cell: cell))).ToList();
        var candidates = new Dictionary<(int, CellColumn), NoteVersion>();
        var (announced, batch) = (versions.Count, FirstBatch);
        for (var i = versions.Count - 1; i >= 0 && pending.Count > 0; i--)
        {
            var version = versions[i];
            if (version.BlobId is null)
            {
                break;
            }

            if (fetch is not null && i < announced)
            {
                announced = Math.Max(0, i + 1 - batch);
                fetch([.. versions.Skip(announced).Take(i + 1 - announced).Select(v => v.BlobId).OfType<string>()
                    .Where(id => !_textByBlob.ContainsKey(id))]);
                batch *= 2;
            }

            // A version that still holds the row's line word for word holds its cells too: most
            // versions are passed over by that one search, and only the rest are parsed.
            var text = Text(version.BlobId);
            foreach (var item in pending.ToList())
            {
                var key = (item.Key, item.Cell.Column);
                if (text.Contains(item.Row.Line, StringComparison.Ordinal)
                    || (RowIn(roadmap, version.BlobId, item.Row) is { } row && row[(int)item.Cell.Column] == item.Cell.Text))
                {
                    candidates[key] = version;
                    continue;
                }

                pending.Remove(item);
            }
        }

        // A cell is from the oldest version of its final run, or, held by none, from the edit being made.
        HandCell? WithEdit(HandCell? cell, int key) =>
            cell is null ? null : cell with { Edit = candidates.TryGetValue((key, cell.Column), out var since) ? EditOf(since) : uncommitted };

        return rows.ToDictionary(
            kv => kv.Key,
            kv => new RowHands(WithEdit(kv.Value.Hands.Status, kv.Key), WithEdit(kv.Value.Hands.Start, kv.Key), WithEdit(kv.Value.Hands.Finish, kv.Key)));
    }

    private static HandEdit EditOf(NoteVersion version) => new(version.CommitId, version.AuthorDate, version.Sequence, version.AtCut);

    private string Text(string blobId)
    {
        if (!_textByBlob.TryGetValue(blobId, out var text))
        {
            text = readText(blobId);
            _textByBlob[blobId] = text;
        }

        return text;
    }

    /// <summary>The row's Status, Start and Finish cell texts in one version of the roadmap, by the newest name the note had there.</summary>
    private string?[]? RowIn(string roadmap, string blobId, HandRow row)
    {
        var cells = CellsOf(roadmap, blobId).ByNote;
        return row.Names.Select(name => cells.GetValueOrDefault(name)).FirstOrDefault(r => r is not null) is { } rows && row.Occurrence < rows.Count
            ? rows[row.Occurrence]
            : null;
    }

    /// <summary>The Status, Start and Finish cell texts of each linked note's rows in one version of the roadmap, in order.</summary>
    private RoadmapRows CellsOf(string roadmap, string blobId)
    {
        if (_cache.TryGet(roadmap, blobId, out var known))
        {
            return known;
        }

        var document = RoadmapParser.Parse(roadmap, Text(blobId), labels);
        var cells = new Dictionary<string, List<string?[]>>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => r.Note is not null && !r.Shifted))
            {
                if (!cells.TryGetValue(row.Note!.Path, out var rows))
                {
                    rows = [];
                    cells[row.Note.Path] = rows;
                }

                rows.Add(
                [
                    row.Line.CellAt(table.Columns.Status)?.Text.Trim(),
                    table.Columns.Start is { } s ? row.Line.CellAt(s)?.Text.Trim() : null,
                    table.Columns.Finish is { } f ? row.Line.CellAt(f)?.Text.Trim() : null,
                ]);
            }
        }

        var parsed = new RoadmapRows(cells);
        _cache.Add(roadmap, blobId, parsed);
        return parsed;
    }

    /// <summary>Keeps the versions this run parsed for the next one.</summary>
    public void Save() => _cache.Save();
}
