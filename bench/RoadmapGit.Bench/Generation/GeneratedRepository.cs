namespace RoadmapGit.Bench.Generation;

/// <summary>A repository the generator made, and what the harness needs to know about it.</summary>
/// <param name="NoteFolders">The folders that hold the notes: the baseline's <c>git log</c> pathspec.</param>
/// <param name="StagedNote">A note with content at HEAD, to change and stage for the hook; null when there is none.</param>
internal sealed record GeneratedRepository(
    string Directory,
    RepositorySize Size,
    ulong Seed,
    string Head,
    IReadOnlyList<string> NoteFolders,
    string? StagedNote,
    TimeSpan Elapsed);
