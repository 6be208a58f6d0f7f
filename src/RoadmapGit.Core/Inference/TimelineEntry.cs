using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Inference;

/// <summary>A note version with the state it was read as, and why.</summary>
/// <param name="State">What the version itself says.</param>
/// <param name="Effective">What inference uses: a skipped version keeps the state before it.</param>
/// <param name="SkipReason">Why this commit does not count as learning, or null when it does.</param>
/// <param name="IsExplicit">The note states its state itself (front matter, a Status line, a task list).</param>
/// <param name="Day">
/// The day this version counts for: its author's day, or an earlier version's day when a
/// cherry-pick or rebase left it dated before that one, so dates never go back in time.
/// </param>
public sealed record TimelineEntry(
    NoteVersion Version, ContentState State, ContentState Effective, string Why, string? SkipReason, bool IsExplicit, DateOnly Day);
