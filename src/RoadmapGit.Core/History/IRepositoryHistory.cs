namespace RoadmapGit.Core.History;

/// <summary>The seam between inference and git: records in, no git types out.</summary>
public interface IRepositoryHistory
{
    /// <summary>
    /// The commits reachable from HEAD that changed each note, oldest first, following renames,
    /// read in one walk over history.
    /// </summary>
    /// <param name="followRename">Asked before a rename is followed, with the new blob's id.</param>
    IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> ReadTimelines(
        IReadOnlyCollection<string> notePaths, Func<string, bool> followRename);

    string ReadText(string blobId);
}
