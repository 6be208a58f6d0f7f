using RoadmapGit.Bench.Generation;

namespace RoadmapGit.Bench.Harness;

/// <summary>What one harness run measures, and how hard it tries.</summary>
/// <param name="Scaling">The size whose notes and commits are doubled for the scaling rows, or null for none.</param>
/// <param name="Runs">Measured runs of each kind, after one warm-up run (none in quick mode).</param>
/// <param name="Bound">A run still going after this long is killed and reported as more than the bound.</param>
/// <param name="SingleRunAbove">A warm-up run longer than this is the one measurement of its kind: a slow run is its own warm-up.</param>
/// <param name="Tool">An installed <c>roadmap-git</c> to measure; null to pack and install this clone's.</param>
/// <param name="Keep">Leave the work directory (repositories, installed tool) in place.</param>
internal sealed record HarnessOptions(
    IReadOnlyList<RepositorySize> Sizes,
    RepositorySize? Scaling,
    int Runs,
    TimeSpan Bound,
    TimeSpan SingleRunAbove,
    bool Quick,
    string? Tool,
    string WorkDirectory,
    bool Keep,
    ulong Seed);
