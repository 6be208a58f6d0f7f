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
        input.Output.Result(input.Value("format") == "json" ? JsonReportWriter.Write(report) : TextReportWriter.Write(report));
        return ExitCodes.Success;
    }
}
