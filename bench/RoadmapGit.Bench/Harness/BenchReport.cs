namespace RoadmapGit.Bench.Harness;

/// <summary>A whole harness run: every repository's results, and which rows are the scaling rows.</summary>
/// <param name="Scaling">
/// The repository whose notes and commits were doubled, then the doubled ones, measured together
/// round by round; empty when there was no scaling pair.
/// </param>
internal sealed record BenchReport(
    string Machine,
    string Tool,
    string LoadAtStart,
    string LoadAtEnd,
    IReadOnlyList<TargetResult> Targets,
    IReadOnlyList<TargetResult> Scaling);
