using Cocona;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git hook install | uninstall | run pre-commit</c>.</summary>
internal sealed class HookCommands
{
    private const int HookWarningsShown = 5;

    [Command("install", Description = "Put the pre-commit hook in place (an existing hook is chained, never replaced)")]
    public int Install([Option(Description = "Explain failures in full")] bool verbose = false) => Output.Guard(verbose, () =>
    {
        var (result, path) = HookInstaller.Install(Directory.GetCurrentDirectory(), CurrentTool.Command());
        Output.Result(result switch
        {
            HookInstallResult.Updated => $"updated the pre-commit hook at {path}",
            HookInstallResult.Chained => $"installed the pre-commit hook at {path}; the hook that was there runs first",
            _ => $"installed the pre-commit hook at {path}",
        });
        return ExitCodes.Success;
    });

    [Command("uninstall", Description = "Remove the pre-commit hook roadmap-git put in place, and only that")]
    public int Uninstall([Option(Description = "Explain failures in full")] bool verbose = false) => Output.Guard(verbose, () =>
    {
        var (result, path) = HookInstaller.Uninstall(Directory.GetCurrentDirectory());
        Output.Result(result switch
        {
            HookInstallResult.Restored => $"removed the pre-commit hook; the previous hook is back at {path}",
            HookInstallResult.Removed => $"removed the pre-commit hook at {path}",
            _ => $"no roadmap-git hook at {path}; nothing removed",
        });
        return ExitCodes.Success;
    });

    [Command("run", Description = "What the hook calls: update the staged roadmap for the commit being made")]
    public int Run([Argument(Description = "The hook to run: pre-commit")] string name, [Option(Description = "Explain failures in full")] bool verbose = false)
    {
        Output.Started();
        if (name != "pre-commit")
        {
            Output.Error($"unknown hook '{name}'; the only hook is pre-commit");
            return Environment.ExitCode = ExitCodes.UsageError;
        }

        var strict = false;
        try
        {
            var cwd = Directory.GetCurrentDirectory();
            var config = ConfigLoader.Load(cwd);
            strict = config.Strict;
            var outcome = PreCommitRunner.Run(
                cwd, config, Environment.GetEnvironmentVariable("GIT_INDEX_FILE"), Environment.GetEnvironmentVariable("GIT_AUTHOR_DATE"), DateTimeOffset.Now);
            // On every commit a long list is noise: the first few, and where to see the rest.
            foreach (var warning in verbose ? outcome.Warnings : outcome.Warnings.Take(HookWarningsShown))
            {
                Output.Warning(warning);
            }

            if (!verbose && outcome.Warnings.Count > HookWarningsShown)
            {
                Output.Warning($"{outcome.Warnings.Count - HookWarningsShown} more; roadmap-git update --dry-run lists them all");
            }

            foreach (var path in outcome.Staged)
            {
                Output.Info($"updated {path}");
            }

            return Environment.ExitCode = strict && outcome.Warnings.Count > 0 ? ExitCodes.Drift : ExitCodes.Success;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never block a commit over the roadmap unless the learner asked for strict mode.
            Output.Warning((verbose ? e.ToString() : e.Message) + (strict ? "" : "; the commit goes on without a roadmap update"));
            return Environment.ExitCode = strict ? ExitCodes.Drift : ExitCodes.Success;
        }
    }
}
