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
    /// The hook there runs a script a hook manager or the repository keeps (a stub that runs its
    /// script by the hook's own name, see <see cref="ScriptByNameHook"/>, or a hook the repository
    /// tracks): left as it is, nothing installed; roadmap-git is to be called from that script.
    /// </summary>
    LeftToHookManager,

    /// <summary>As <see cref="LeftToHookManager"/>, and that script calls roadmap-git already.</summary>
    CalledFromScript,
}
