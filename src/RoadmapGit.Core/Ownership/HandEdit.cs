using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Ownership;

/// <summary>Where a hand value came from: the commit that wrote it, or the edit not committed yet.</summary>
/// <param name="CommitId">The commit id, or <see cref="Staged"/> / <see cref="NotCommitted"/>.</param>
/// <param name="Sequence">Its place in history (<see cref="NoteVersion.Sequence"/>), to tell what is newer.</param>
/// <param name="BeforeCut">
/// The value was already there where history is cut (<see cref="CommitId"/> is the commit at the
/// cut): it was written then or before, on a day that cannot be known.
/// </param>
public sealed record HandEdit(string CommitId, DateTimeOffset Date, long Sequence, bool BeforeCut = false)
{
    /// <summary>Written in the commit being made (the hook reads the staged roadmap).</summary>
    public const string Staged = NoteVersion.StagedCommitId;

    /// <summary>Written in the working tree and not committed yet.</summary>
    public const string NotCommitted = "(not committed)";

    public DateOnly Day => DateOnly.FromDateTime(Date.DateTime);

    /// <summary>The day of the edit, when history holds it.</summary>
    public DateOnly? KnownDay => BeforeCut ? null : Day;

    public bool IsCommitted => CommitId is not (Staged or NotCommitted);

    public string ShortId => IsCommitted && CommitId.Length > 7 ? CommitId[..7] : CommitId;
}
