namespace RoadmapGit.Core.Hooks;

/// <summary>What the pre-commit hook did: the roadmaps it staged, and what it warns about.</summary>
public sealed record PreCommitOutcome(IReadOnlyList<string> Staged, IReadOnlyList<string> Warnings);
