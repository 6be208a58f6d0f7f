namespace RoadmapGit.Core.Hooks;

/// <summary>What git finds where it looks for the pre-commit hook.</summary>
public enum HookState
{
    /// <summary>roadmap-git's hook, or another that calls it (a hook manager's), ready to run.</summary>
    Installed,

    Missing,

    /// <summary>A hook that is not roadmap-git's and does not call it.</summary>
    Foreign,

    /// <summary>
    /// A hook manager's stub that runs a script by the hook's own name (husky's), and that script
    /// does not call roadmap-git.
    /// </summary>
    ScriptWithoutTool,

    /// <summary>
    /// roadmap-git's hook with a hook manager's stub chained before it, moved aside by an older
    /// roadmap-git: under its new name the stub finds no script and runs nothing.
    /// </summary>
    StubMovedAside,

    /// <summary>A hook that would run roadmap-git, but git skips it: it is not executable.</summary>
    NotExecutable,

    /// <summary>
    /// roadmap-git's hook as an older roadmap-git wrote it: it runs, but a roadmap-git that cannot
    /// start blocks the commit, as a strict block would.
    /// </summary>
    Outdated,

    /// <summary>No hook where git looks (<c>core.hooksPath</c>), while roadmap-git's sits in the default folder.</summary>
    Bypassed,
}
