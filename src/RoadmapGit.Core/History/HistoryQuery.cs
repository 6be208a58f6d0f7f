namespace RoadmapGit.Core.History;

/// <summary>What to read from history, and from where.</summary>
/// <param name="Tips">
/// Commit ids to walk from: HEAD; in a merge also MERGE_HEAD; when amending, HEAD's parents.
/// Empty: there is no history yet.
/// </param>
/// <param name="Notes">Note paths: their timelines follow renames.</param>
/// <param name="Files">Other paths (the roadmap files): their versions, renames not followed.</param>
/// <param name="FollowRename">Asked before a rename is followed, with the new blob's id.</param>
/// <param name="Seen">Told each change read from git as it comes, on any thread (see <see cref="IHistoryRecords.Read"/>).</param>
public sealed record HistoryQuery(
    IReadOnlyList<string> Tips,
    IReadOnlyCollection<string> Notes,
    IReadOnlyCollection<string> Files,
    Func<string, bool> FollowRename,
    Action<PathChange>? Seen = null)
{
    /// <summary>Every queried path: the notes, then the files that are not notes too.</summary>
    public IReadOnlyList<string> Paths =>
        Notes.Concat(Files).Distinct(StringComparer.Ordinal).ToList();
}
