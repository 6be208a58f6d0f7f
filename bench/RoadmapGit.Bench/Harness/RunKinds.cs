namespace RoadmapGit.Bench.Harness;

/// <summary>How each kind of run is named in the tables.</summary>
internal static class RunKinds
{
    public static IReadOnlyList<RunKind> All { get; } = [RunKind.Baseline, RunKind.Cold, RunKind.Warm, RunKind.Hook];

    public static string Label(RunKind kind) => kind switch
    {
        RunKind.Baseline => "git log (baseline)",
        RunKind.Cold => "update, cold",
        RunKind.Warm => "update, warm",
        _ => "hook, one staged note",
    };
}
