namespace RoadmapGit.Bench.Harness;

/// <summary>Everything measured on one repository.</summary>
internal sealed record TargetResult(BenchTarget Target, IReadOnlyDictionary<RunKind, KindResult> Results);
