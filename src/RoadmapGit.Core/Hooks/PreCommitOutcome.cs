using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Hooks;

/// <summary>What the pre-commit hook did: the files it staged, the changes it made, and what it found.</summary>
/// <param name="NotBroughtAlong">
/// Why the real index or the working files were left behind after the commit took the update
/// (a full disk), or null when every copy was brought along.
/// </param>
public sealed record PreCommitOutcome(
    IReadOnlyList<string> Staged, IReadOnlyList<CellChange> Changes, IReadOnlyList<Diagnostic> Diagnostics, string? NotBroughtAlong = null);
