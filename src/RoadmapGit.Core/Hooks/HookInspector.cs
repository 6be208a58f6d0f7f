using RoadmapGit.Core.Git;

namespace RoadmapGit.Core.Hooks;

/// <summary>Looks, as git would, at the pre-commit hook: is there one, is it roadmap-git's (or calls it), will git run it.</summary>
public static class HookInspector
{
    public static HookStatus Inspect(string workingDirectory)
    {
        var hook = HookInstaller.HookPath(workingDirectory);
        var hooksPath = Git(workingDirectory, "config", "--get", "core.hooksPath");
        if (File.Exists(hook))
        {
            var ours = HookInstaller.IsOurs(hook);
            if (!ours && !HookInstaller.CallsRoadmapGit(hook))
            {
                // A hook manager's stub calls roadmap-git when the script it runs does.
                if (ScriptByNameHook.ScriptOf(hook) is not { } script)
                {
                    return new HookStatus(HookState.Foreign, hook, hooksPath, null, null);
                }

                if (!HookInstaller.CallsRoadmapGit(script))
                {
                    return new HookStatus(HookState.ScriptWithoutTool, hook, hooksPath, script, null);
                }
            }

            if (!IsExecutable(hook))
            {
                return new HookStatus(HookState.NotExecutable, hook, hooksPath, null, null);
            }

            var previous = hook + HookInstaller.PreviousSuffix;
            if (ours && ScriptByNameHook.ScriptOf(previous, Path.GetFileName(hook)) is not null)
            {
                return new HookStatus(HookState.StubMovedAside, hook, hooksPath, previous, null);
            }

            var state = ours && HookInstaller.IsOlder(hook) ? HookState.Outdated : HookState.Installed;
            return new HookStatus(state, hook, hooksPath, null, ours && File.Exists(previous) && !IsExecutable(previous) ? previous : null);
        }

        var commonDirectory = Git(workingDirectory, "rev-parse", "--git-common-dir");
        var usual = commonDirectory is null ? null : Path.Combine(Path.GetFullPath(commonDirectory, workingDirectory), "hooks", "pre-commit");
        return hooksPath is not null && usual is not null && usual != hook && File.Exists(usual) && HookInstaller.IsOurs(usual)
            ? new HookStatus(HookState.Bypassed, hook, hooksPath, usual, null)
            : new HookStatus(HookState.Missing, hook, hooksPath, null, null);
    }

    private static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;

    private static string? Git(string workingDirectory, params string[] args)
    {
        var (code, output, _) = GitProcess.Run(workingDirectory, null, args);
        return code == 0 && output.Trim().Length > 0 ? output.Trim() : null;
    }
}
