using RoadmapGit.CommandLine;
using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git hook install</c>.</summary>
internal sealed class HookInstallCommand : ICommand
{
    public CommandSpec Spec { get; } = new("hook install", "Put the pre-commit hook in place; an existing hook is chained")
    {
        Examples = [new("Keep the roadmap up to date on every commit", "roadmap-git hook install")],
    };

    public int Run(CommandInput input)
    {
        var (result, path) = HookInstaller.Install(input.WorkingDirectory, CurrentTool.Command());
        input.Output.Result(result switch
        {
            HookInstallResult.Updated => Messages.HookUpdated(path),
            HookInstallResult.Chained => Messages.HookChained(path),
            HookInstallResult.LeftToHookManager => Messages.HookLeftToManager(path),
            HookInstallResult.CalledFromScript => Messages.HookCalledFromScript(path),
            _ => Messages.HookInstalled(path),
        });
        return ExitCodes.Success;
    }
}
