namespace RoadmapGit.Core.History;

/// <summary>
/// Reads history once for several runs over the same repository: a query asked again (same tips,
/// notes and files) gets the timelines the first walk read. For a command that plans more than
/// once, such as <c>init</c>, which compares what the table keeps with what a rebuild would write.
/// </summary>
public sealed class CachingHistory(IRepositoryHistory inner) : IRepositoryHistory
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>>> _timelines = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> ReadTimelines(HistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var key = string.Join('\0', query.Tips) + "\0\0" + string.Join('\0', query.Notes) + "\0\0" + string.Join('\0', query.Files);
        if (!_timelines.TryGetValue(key, out var timelines))
        {
            timelines = inner.ReadTimelines(query);
            _timelines[key] = timelines;
        }

        return timelines;
    }

    public string ReadText(string blobId) => inner.ReadText(blobId);
}
