namespace RoadmapGit.Core.History;

/// <summary>The seam between inference and git: records in, no git types out.</summary>
public interface IRepositoryHistory
{
    /// <summary>
    /// The commits reachable from the query's tips that changed each queried path, oldest first,
    /// note timelines following renames, read in one pass over history.
    /// </summary>
    IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> ReadTimelines(HistoryQuery query);

    /// <summary>
    /// A blob's text; never an empty stand-in for a blob that cannot be read: that throws
    /// <see cref="HistoryReadException"/>.
    /// </summary>
    string ReadText(string blobId);
}
