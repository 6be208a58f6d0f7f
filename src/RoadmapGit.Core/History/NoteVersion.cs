namespace RoadmapGit.Core.History;

/// <summary>One commit that changed a note: the record the git seam hands to inference.</summary>
/// <param name="BlobId">The note's content at that commit; null when the commit deleted it.</param>
/// <param name="AtCut">The commit sits where history is cut (shallow clone, graft): what came before is unknown.</param>
/// <param name="Sequence">
/// Position in history order, the same for every reader: a larger number is later, and a parent
/// always comes before its children (see <see cref="HistorySequence"/>). Tells whether a note
/// version is newer than a roadmap edit.
/// </param>
public sealed record NoteVersion(
    string CommitId,
    DateTimeOffset AuthorDate,
    string Path,
    string? BlobId,
    VersionKind Kind,
    bool AtCut = false,
    long Sequence = 0)
{
    public const string StagedCommitId = "(staged)";

    /// <summary>The sequence of what is not committed yet: newer than anything in history.</summary>
    public const long Uncommitted = long.MaxValue;

    /// <summary>The calendar day in the author's own UTC offset at that commit.</summary>
    public DateOnly Day => DateOnly.FromDateTime(AuthorDate.DateTime);

    /// <summary>False for the staged version, which no commit holds yet.</summary>
    public bool IsCommitted => CommitId != StagedCommitId;

    public string ShortId => CommitId.Length > 7 ? CommitId[..7] : CommitId;
}
