namespace RoadmapGit.Core.Update;

/// <summary>
/// Which of the rows linking one note each row is, counted from 0 in the document's order: the
/// record of written cells tells two rows of one note apart by it.
/// </summary>
internal static class NoteOccurrences
{
    public static IEnumerable<(T Row, int Occurrence)> Number<T>(IEnumerable<T> rows, Func<T, string> noteOf)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var note = noteOf(row);
            var occurrence = seen.GetValueOrDefault(note);
            seen[note] = occurrence + 1;
            yield return (row, occurrence);
        }
    }
}
