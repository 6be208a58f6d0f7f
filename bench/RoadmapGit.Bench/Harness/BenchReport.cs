namespace RoadmapGit.Bench.Harness;

/// <summary>A whole harness run: every repository's results, and which rows are the scaling rows.</summary>
/// <param name="ScalingBase">The repository whose notes and commits were doubled, or null.</param>
/// <param name="ScalingVariants">The doubled repositories' labels.</param>
internal sealed record BenchReport(
    string Machine,
    string Tool,
    string LoadAtStart,
    string LoadAtEnd,
    IReadOnlyList<TargetResult> Targets,
    string? ScalingBase,
    IReadOnlyList<string> ScalingVariants);
