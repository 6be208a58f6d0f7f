using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Inference;

/// <summary>A note version with the state it was read as, and why.</summary>
/// <param name="State">What the version itself says.</param>
/// <param name="Effective">What inference uses: a skipped version keeps the state before it.</param>
/// <param name="SkipReason">Why this commit does not count as learning, or null when it does.</param>
public sealed record TimelineEntry(NoteVersion Version, ContentState State, ContentState Effective, string Why, string? SkipReason);
