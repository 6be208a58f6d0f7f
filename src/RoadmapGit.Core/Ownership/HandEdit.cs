using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Ownership;

/// <summary>Where a hand value came from: the commit that wrote it, or the edit not committed yet.</summary>
/// <param name="CommitId">The commit id, or <see cref="Staged"/> / <see cref="NotCommitted"/>.</param>
/// <param name="Sequence">Its place in history (<see cref="NoteVersion.Sequence"/>), to tell what is newer.</param>
public sealed record HandEdit(string CommitId, DateTimeOffset Date, long Sequence)
{
    /// <summary>Written in the commit being made (the hook reads the staged roadmap).</summary>
    public const string Staged = NoteVersion.StagedCommitId;

    /// <summary>Written in the working tree and not committed yet.</summary>
    public const string NotCommitted = "(not committed)";

    public DateOnly Day => DateOnly.FromDateTime(Date.DateTime);

    public bool IsCommitted => CommitId is not (Staged or NotCommitted);

    public string ShortId => IsCommitted && CommitId.Length > 7 ? CommitId[..7] : CommitId;
}
