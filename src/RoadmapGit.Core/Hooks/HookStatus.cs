namespace RoadmapGit.Core.Hooks;

/// <summary>The pre-commit hook as git will run it.</summary>
/// <param name="HookPath">Where git looks for it (<c>git rev-parse --git-path hooks</c>).</param>
/// <param name="HooksPath">The <c>core.hooksPath</c> setting as written, if set.</param>
/// <param name="Elsewhere">
/// For <see cref="HookState.Bypassed"/>: where roadmap-git's unused hook is; for
/// <see cref="HookState.ScriptWithoutTool"/>: the script the hook manager's stub runs; for
/// <see cref="HookState.StubMovedAside"/>: where the stub now is.
/// </param>
/// <param name="PreviousNotExecutable">A chained earlier hook that the shim skips because it is not executable.</param>
public sealed record HookStatus(HookState State, string HookPath, string? HooksPath, string? Elsewhere, string? PreviousNotExecutable);
