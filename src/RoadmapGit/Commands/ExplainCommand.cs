using RoadmapGit.CommandLine;
using RoadmapGit.Core;
using RoadmapGit.Core.Report;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git explain &lt;topic&gt;</c>: the timeline behind a row.</summary>
internal sealed class ExplainCommand : ICommand
{
    public CommandSpec Spec { get; } = new("explain", "Show the commits behind a topic: each one used or skipped, and why")
    {
        Arguments = [new("topic", "A topic's title, or part of it, or a note's path")],
        Examples =
        [
            new("Why a topic has the status and dates it has", "roadmap-git explain \"What is HTTP\""),
            new("The same, by the note's path", "roadmap-git explain notes/02-http-protocol.md"),
        ],
    };

    public int Run(CommandInput input)
    {
        var topic = input.Argument(0);
        using var repository = Workspace.OpenRepository(input.WorkingDirectory);
        var plan = Workspace.Engine(repository).Plan(PlanRequest.WorkingTree);
        var rows = ExplainWriter.Find(plan, topic);
        if (rows.Count == 0)
        {
            throw new UsageException(Messages.NoTopicMatches(topic));
        }

        foreach (var row in rows)
        {
            var file = plan.Files.First(f => f.Result.Rows.Contains(row));
            input.Output.Result(ExplainWriter.Write(row, file.Path));
        }

        return ExitCodes.Success;
    }
}
