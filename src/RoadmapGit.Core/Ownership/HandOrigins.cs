using RoadmapGit.Core.History;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// Finds where each hand value came from: walking the roadmap's committed versions from the
/// newest back, the oldest version of the final run in which the cell already said the same. A
/// value the newest committed version does not hold was written in the edit not committed yet.
/// Each version is read once per run, however many cells ask.
/// </summary>
public sealed class HandOrigins(Func<string, string> readText, OverallLabels labels)
{
    private readonly Dictionary<string, Dictionary<string, string?[]>> _cellsByBlob = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _textByBlob = new(StringComparer.Ordinal);

    /// <param name="versions">The roadmap's committed versions, oldest first.</param>
    /// <param name="hands">The hand cells of each row, by note path, with the row's line as it is now.</param>
    /// <param name="uncommitted">The edit being made: the staged commit, or the working tree.</param>
    public IReadOnlyDictionary<string, RowHands> Find(
        string roadmap, IReadOnlyList<NoteVersion> versions, IReadOnlyDictionary<string, (RowHands Hands, string Line)> hands, HandEdit uncommitted)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(hands);
        var pending = hands.SelectMany(kv => kv.Value.Hands.Cells.Select(cell => (Note: kv.Key, Cell: cell, kv.Value.Line))).ToList();
        var origins = new Dictionary<(string, CellColumn), HandEdit>();
        var candidates = new Dictionary<(string, CellColumn), NoteVersion>();
        for (var i = versions.Count - 1; i >= 0 && pending.Count > 0; i--)
        {
            var version = versions[i];
            if (version.BlobId is null)
            {
                break;
            }

            // A version that still holds the row's line word for word holds its cells too: most
            // versions are passed over by that one search, and only the rest are parsed.
            var text = Text(version.BlobId);
            foreach (var item in pending.ToList())
            {
                var key = (item.Note, item.Cell.Column);
                if (text.Contains(item.Line, StringComparison.Ordinal)
                    || (CellsOf(roadmap, version.BlobId).TryGetValue(item.Note, out var row) && row[(int)item.Cell.Column] == item.Cell.Text))
                {
                    candidates[key] = version;
                    continue;
                }

                origins[key] = candidates.TryGetValue(key, out var since) ? EditOf(since) : uncommitted;
                pending.Remove(item);
            }
        }

        foreach (var (note, cell, _) in pending)
        {
            origins[(note, cell.Column)] = candidates.TryGetValue((note, cell.Column), out var since) ? EditOf(since) : uncommitted;
        }

        return hands.ToDictionary(
            kv => kv.Key,
            kv => new RowHands(
                WithEdit(kv.Value.Hands.Status, kv.Key, origins),
                WithEdit(kv.Value.Hands.Start, kv.Key, origins),
                WithEdit(kv.Value.Hands.Finish, kv.Key, origins)),
            StringComparer.Ordinal);
    }

    private static HandCell? WithEdit(HandCell? cell, string note, Dictionary<(string, CellColumn), HandEdit> origins) =>
        cell is null ? null : cell with { Edit = origins[(note, cell.Column)] };

    private static HandEdit EditOf(NoteVersion version) => new(version.CommitId, version.AuthorDate, version.Sequence);

    private string Text(string blobId)
    {
        if (!_textByBlob.TryGetValue(blobId, out var text))
        {
            text = readText(blobId);
            _textByBlob[blobId] = text;
        }

        return text;
    }

    /// <summary>Each linked note's Status, Start and Finish cell texts in one version of the roadmap.</summary>
    private Dictionary<string, string?[]> CellsOf(string roadmap, string blobId)
    {
        if (_cellsByBlob.TryGetValue(blobId, out var known))
        {
            return known;
        }

        var document = RoadmapParser.Parse(roadmap, Text(blobId), labels);
        var cells = new Dictionary<string, string?[]>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => r.Note is not null && !r.Shifted))
            {
                cells.TryAdd(row.Note!.Path,
                [
                    row.Line.CellAt(table.Columns.Status)?.Text.Trim(),
                    table.Columns.Start is { } s ? row.Line.CellAt(s)?.Text.Trim() : null,
                    table.Columns.Finish is { } f ? row.Line.CellAt(f)?.Text.Trim() : null,
                ]);
            }
        }

        _cellsByBlob[blobId] = cells;
        return cells;
    }
}
