namespace RoadmapGit.Core.History;

/// <summary>One commit that changed a note: the record the git seam hands to inference.</summary>
/// <param name="BlobId">The note's content at that commit; null when the commit deleted it.</param>
/// <param name="AtCut">The commit sits where history is cut (shallow clone, graft): what came before is unknown.</param>
public sealed record NoteVersion(
    string CommitId,
    DateTimeOffset AuthorDate,
    string Path,
    string? BlobId,
    VersionKind Kind,
    bool AtCut = false)
{
    public const string StagedCommitId = "(staged)";

    /// <summary>The calendar day in the author's own UTC offset at that commit.</summary>
    public DateOnly Day => DateOnly.FromDateTime(AuthorDate.DateTime);

    public string ShortId => CommitId.Length > 7 ? CommitId[..7] : CommitId;
}
