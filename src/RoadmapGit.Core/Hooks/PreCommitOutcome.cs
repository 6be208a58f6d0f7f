using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Hooks;

/// <summary>What the pre-commit hook did: the files it staged, the changes it made, and what it found.</summary>
public sealed record PreCommitOutcome(IReadOnlyList<string> Staged, IReadOnlyList<CellChange> Changes, IReadOnlyList<Diagnostic> Diagnostics);
