using RoadmapGit.CommandLine;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Report;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git update</c>: rewrite the roadmap(s), or show the diff (<c>--dry-run</c>, <c>--check</c>).</summary>
internal sealed class UpdateCommand : ICommand
{
    public CommandSpec Spec { get; } = new("update", "Rewrite the Status and date cells from the history of the notes")
    {
        Options =
        [
            OptionSpec.Flag("check", "Write nothing; exit 1 and print the diff when the roadmap is stale"),
            OptionSpec.Flag("dry-run", "Print the diff and write nothing"),
            OptionSpec.Flag("rebuild", "Forget every hand-written value and recompute every cell"),
            OptionSpec.Flag("verbose", "Explain each inferred value, and show the details of a failure"),
        ],
        Examples =
        [
            new("Bring the roadmap up to date", "roadmap-git update"),
            new("Fail a CI build when the roadmap is stale", "roadmap-git update --check"),
            new("See what would change, and why", "roadmap-git update --dry-run --verbose"),
        ],
    };

    public int Run(CommandInput input)
    {
        var output = input.Output;
        using var repository = Workspace.OpenRepository(input.WorkingDirectory);
        var plan = Workspace.Engine(repository).Plan(new PlanRequest(RoadmapSource.WorkingTree, Rebuild: input.Has("rebuild")));
        Workspace.Warn(plan, input);
        if (input.Verbose)
        {
            foreach (var row in plan.Rows)
            {
                output.Info($"{row.Row.Topic}: {StatusNames.Words(row.Status)} ({row.Values.StatusCell.Why}); start {row.Values.StartCell.Why}; finish {row.Values.FinishCell.Why}");
            }
        }

        var stale = plan.Files.Where(f => f.Changed).ToList();
        if (input.Has("check") || input.Has("dry-run"))
        {
            foreach (var file in stale)
            {
                output.Result(LineDiff.Describe(file.Path, file.Original.Text, file.Result.NewText));
            }

            if (input.Has("check") && stale.Count > 0)
            {
                output.Info(Messages.Stale(stale.Select(f => f.Path)));
                return ExitCodes.Drift;
            }

            return ExitCodes.Success;
        }

        var workTree = new WorkTree(repository.WorkingDirectory);

        // A file with no roadmap table is not "up to date": its warning above says what to do.
        foreach (var file in plan.Files.Where(f => f.Result.Document.Tables.Count > 0))
        {
            if (file.Changed)
            {
                workTree.Write(file.Path, file.NewBytes, "roadmap file");
            }

            output.Result(file.Changed ? Messages.Updated(file.Path) : Messages.UpToDate(file.Path));
        }

        if (plan.Record.Changed)
        {
            workTree.Write(WrittenCells.FileName, plan.Record.NewBytes, "record file");
        }

        return ExitCodes.Success;
    }
}
