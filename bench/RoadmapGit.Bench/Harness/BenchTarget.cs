namespace RoadmapGit.Bench.Harness;

/// <summary>A repository ready to be measured.</summary>
/// <param name="NoteFolders">The baseline's pathspec.</param>
/// <param name="StagedNote">The note the hook run changes and stages.</param>
/// <param name="Made">How the repository was made: the generator's time and HEAD, or the demo command.</param>
internal sealed record BenchTarget(
    string Label,
    string Directory,
    int Commits,
    int Notes,
    int NoteCommits,
    IReadOnlyList<string> NoteFolders,
    string StagedNote,
    IReadOnlyList<RunKind> Kinds,
    string Made);
