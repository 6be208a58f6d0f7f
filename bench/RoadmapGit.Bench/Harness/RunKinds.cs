namespace RoadmapGit.Bench.Harness;

/// <summary>How each kind of run is named in the tables.</summary>
internal static class RunKinds
{
    public static IReadOnlyList<RunKind> All { get; } = [RunKind.Baseline, RunKind.Cold, RunKind.Warm, RunKind.Hook, RunKind.HookAfterCommit];

    /// <summary>The kinds run on the roadmap brought up to date and committed, after the others.</summary>
    public static bool IsHook(RunKind kind) => kind is RunKind.Hook or RunKind.HookAfterCommit;

    public static string Label(RunKind kind) => kind switch
    {
        RunKind.Baseline => "git log (baseline)",
        RunKind.Cold => "update, cold",
        RunKind.Warm => "update, warm",
        RunKind.Hook => "hook, one staged note",
        _ => "hook, after a commit",
    };
}
