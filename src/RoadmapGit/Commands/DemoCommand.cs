using RoadmapGit.CommandLine;
using RoadmapGit.Core;
using RoadmapGit.Core.Demo;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Report;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git demo</c>: a throwaway repository with a dated learning history, committed through the real hook.</summary>
internal sealed class DemoCommand : ICommand
{
    public CommandSpec Spec { get; } = new("demo", "Build a throwaway roadmap repository with a dated history, and report")
    {
        Options =
        [
            new("directory", "Where to build it (default: a new temp folder)") { ValueName = "folder" },
            OptionSpec.Verbose,
        ],
        Examples = [new("Build the demo in ./demo and look around", "roadmap-git demo --directory demo")],
    };

    public int Run(CommandInput input)
    {
        var output = input.Output;
        var target = input.Value("directory") is { } directory
            ? Path.GetFullPath(directory, input.WorkingDirectory)
            : Path.Combine(Path.GetTempPath(), "roadmap-git-demo-" + Guid.NewGuid().ToString("N")[..8]);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new UsageException(Messages.DemoFolderNotEmpty(target));
        }

        output.Info(Messages.DemoBuilding(target));
        var result = DemoRunner.Run(target, CurrentTool.Command(), line => output.Info(Messages.DemoCommit(line)));
        var firstSections = result.Roadmap.Split("## 💻 3.")[0].TrimEnd();
        output.Result(firstSections + "\n\n…\n");
        using var repository = GitRepository.Open(target)!;
        output.Result(TextReportWriter.Write(ProgressReport.From(Workspace.Engine(repository).Plan(PlanRequest.WorkingTree))));
        output.Result(Messages.DemoWhere(target));
        return ExitCodes.Success;
    }
}
