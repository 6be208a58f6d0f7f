using RoadmapGit.CommandLine;
using RoadmapGit.Core.Report;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git report</c>: progress as text or JSON.</summary>
internal sealed class ReportCommand : ICommand
{
    public CommandSpec Spec { get; } = new("report", "Print progress: overall and per section, pace and forecast")
    {
        Options =
        [
            new("format", "How to print the report") { Values = ["text", "json"], Default = "text" },
            OptionSpec.Verbose,
        ],
        Examples =
        [
            new("Progress, stale topics and the forecast", "roadmap-git report"),
            new("Every topic with its status and dates, for scripts", "roadmap-git report --format json"),
        ],
    };

    public int Run(CommandInput input)
    {
        using var repository = Workspace.OpenRepository(input.WorkingDirectory);
        var plan = Workspace.Engine(repository).Plan(PlanRequest.WorkingTree);
        Workspace.Warn(plan, input);
        var report = ProgressReport.From(plan);
        if (input.Value("format") != "json" && plan.Files.All(f => f.Result.Document.Tables.Count == 0))
        {
            // "0 of 0 topics" says nothing; the warning above says why there are none.
            return ExitCodes.Success;
        }

        input.Output.Result(input.Value("format") == "json" ? JsonReportWriter.Write(report) : TextReportWriter.Write(report));
        return ExitCodes.Success;
    }
}
