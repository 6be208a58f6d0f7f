using Cocona;
using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Report;

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
            var indexFile = Environment.GetEnvironmentVariable("GIT_INDEX_FILE");
            var cwd = Directory.GetCurrentDirectory();
            using var repository = GitRepository.Open(cwd, indexFile is null ? null : Path.GetFullPath(indexFile, cwd))
                ?? throw Fail.NotInsideRepository();
            var config = ConfigLoader.Load(repository.WorkingDirectory);
            strict = config.Strict;
            var context = new PreCommitContext(
                HookDate.Resolve(Environment.GetEnvironmentVariable("GIT_AUTHOR_DATE"), DateTimeOffset.Now),
                CommitInvocation.IsAmend(Environment.GetEnvironmentVariable("ROADMAP_GIT_COMMIT_PID")));
            var outcome = PreCommitRunner.Run(repository, config, context, TimeProvider.System);
            foreach (var line in ChangeSummary.Lines(outcome.Changes))
            {
                Output.Info(line);
            }

            // On every commit a long list is noise: what to act on, the first few of it, and where to see the rest.
            var shown = outcome.Diagnostics.Where(d => verbose || d.Severity == Severity.Warning).ToList();
            foreach (var diagnostic in verbose ? shown : shown.Take(HookWarningsShown))
            {
                Output.Diagnostic(diagnostic);
            }

            if (!verbose && shown.Count > HookWarningsShown)
            {
                Output.Warning($"{shown.Count - HookWarningsShown} more; roadmap-git update --dry-run lists them all");
            }

            var warnings = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (strict && warnings > 0)
            {
                Output.Error($"commit blocked (strict): {warnings} warning(s) above; fix the warnings, or commit with ROADMAP_GIT_SKIP=1");
                return Environment.ExitCode = ExitCodes.Drift;
            }

            return Environment.ExitCode = ExitCodes.Success;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never block a commit over the roadmap unless the learner asked for strict mode.
            Output.Warning((verbose ? e.ToString() : e.Message) + (strict ? "" : "; the commit goes on without a roadmap update"));
            return Environment.ExitCode = strict ? ExitCodes.Drift : ExitCodes.Success;
        }
    }
}
