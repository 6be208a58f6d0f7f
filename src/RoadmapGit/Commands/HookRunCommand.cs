using RoadmapGit.CommandLine;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Report;

namespace RoadmapGit.Commands;

/// <summary>
/// <c>roadmap-git hook run pre-commit</c>: what the installed hook calls on every commit. Hidden
/// from help, and kept lean: it runs on every commit.
/// </summary>
internal sealed class HookRunCommand : ICommand
{
    private const int WarningsShown = 5;

    public CommandSpec Spec { get; } = new("hook run", "What the hook calls: update the staged roadmap for the commit being made")
    {
        Arguments = [new("hook", "The hook to run: pre-commit") { Values = ["pre-commit"] }],
        Options = [OptionSpec.Flag("verbose", "Show every finding, and the details of a failure")],
        Hidden = true,
    };

    public int Run(CommandInput input)
    {
        var output = input.Output;
        var strict = false;

        // roadmap-git's shim passes git's process id, and since its second version its own version too.
        if (Environment.GetEnvironmentVariable("ROADMAP_GIT_COMMIT_PID") is not null
            && HookInstaller.IsOlderVersion(Environment.GetEnvironmentVariable("ROADMAP_GIT_HOOK")))
        {
            output.Diagnostic(Diagnose.HookOutdated(null));
        }

        try
        {
            // git hands a hook the index of the commit being made.
            using var repository = Workspace.OpenRepository(input.WorkingDirectory, Environment.GetEnvironmentVariable("GIT_INDEX_FILE"));
            var config = ConfigLoader.Load(repository.WorkingDirectory);
            strict = config.Strict;
            var context = new PreCommitContext(
                HookDate.Resolve(Environment.GetEnvironmentVariable("GIT_AUTHOR_DATE"), DateTimeOffset.Now),
                CommitInvocation.IsAmend(Environment.GetEnvironmentVariable("ROADMAP_GIT_COMMIT_PID")));
            var outcome = PreCommitRunner.Run(repository, config, context, TimeProvider.System);
            foreach (var line in ChangeSummary.Lines(outcome.Changes))
            {
                output.Info(line);
            }

            // The commit itself is whole, even in strict mode: only copies beside it lag behind.
            if (outcome.NotBroughtAlong is { } problem)
            {
                output.Warning(Messages.HookNotBroughtAlong(problem));
            }

            // On every commit a long list is noise: what to act on, the first few of it, and where to see the rest.
            var shown = outcome.Diagnostics.Where(d => input.Verbose || d.Severity == Severity.Warning).ToList();
            foreach (var diagnostic in input.Verbose ? shown : shown.Take(WarningsShown))
            {
                output.Diagnostic(diagnostic);
            }

            if (!input.Verbose && shown.Count > WarningsShown)
            {
                output.Warning(Messages.MoreWarnings(shown.Count - WarningsShown));
            }

            var warnings = outcome.Diagnostics.Count(d => d.Severity == Severity.Warning);
            if (strict && warnings > 0)
            {
                output.Error(Messages.CommitBlocked(warnings));
                return ExitCodes.CommitBlocked;
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never block a commit over the roadmap unless the learner asked for strict mode.
            output.Warning(Messages.HookFailed(input.Verbose ? e.ToString() : e.Message, strict));
            return strict ? ExitCodes.CommitBlocked : ExitCodes.Success;
        }
    }
}
