namespace RoadmapGit.Core.Notes;

/// <summary>
/// A value in a note that roadmap-git ignores because it cannot read it (<c>status: doen</c>,
/// <c>finished: 2026/02/15</c>): ignored without a word, it would leave the topic wrong for good.
/// </summary>
/// <param name="Line">One-based line of the note.</param>
/// <param name="Key">The key as written (<c>status</c>, <c>finished</c>), or <c>Status</c> for a body line.</param>
/// <param name="Suggestion">What the learner most likely meant, written as it should be, if anything is near enough.</param>
/// <param name="Accepted">The values roadmap-git reads in this place.</param>
public sealed record NoteSlip(NoteSlipKind Kind, int Line, string Key, string Value, string? Suggestion, IReadOnlyList<string> Accepted);
