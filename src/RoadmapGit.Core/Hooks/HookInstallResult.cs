namespace RoadmapGit.Core.Hooks;

public enum HookInstallResult
{
    Installed,
    Updated,

    /// <summary>A hook was already there: it now runs first, from <c>pre-commit.roadmap-git-previous</c>.</summary>
    Chained,
    Removed,

    /// <summary>Removed, and the hook that was there before put back.</summary>
    Restored,
    NotInstalled,

    /// <summary>
    /// The hook there is a hook manager's stub that runs a script by the hook's own name (see
    /// <see cref="ScriptByNameHook"/>): left as it is, nothing installed.
    /// </summary>
    LeftToHookManager,
}
