using RoadmapGit.CommandLine;
using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git hook uninstall</c>.</summary>
internal sealed class HookUninstallCommand : ICommand
{
    public CommandSpec Spec { get; } = new("hook uninstall", "Remove the hook roadmap-git put in place, and only that")
    {
        Examples = [new("Stop updating the roadmap on every commit", "roadmap-git hook uninstall")],
    };

    public int Run(CommandInput input)
    {
        var (result, path) = HookInstaller.Uninstall(input.WorkingDirectory);
        input.Output.Result(result switch
        {
            HookInstallResult.Restored => Messages.HookRestored(path),
            HookInstallResult.Removed => Messages.HookRemoved(path),
            _ => Messages.NoHookToRemove(path),
        });
        return ExitCodes.Success;
    }
}
