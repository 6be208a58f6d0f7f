using RoadmapGit.CommandLine;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Doctor;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Report;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git doctor [--fix-encoding]</c>: check everything, say how to fix each problem.</summary>
internal sealed class DoctorCommand : ICommand
{
    public CommandSpec Spec { get; } = new("doctor", "Check the roadmap, notes, hook and history; explain each fix")
    {
        Options =
        [
            OptionSpec.Flag("fix-encoding", "Repair a roadmap whose UTF-8 was read as Windows-1252/1254"),
            OptionSpec.Verbose,
        ],
        Examples =
        [
            new("Find what is wrong, and how to fix it", "roadmap-git doctor"),
            new("Repair a roadmap whose emoji read like âœ…", "roadmap-git doctor --fix-encoding"),
        ],
    };

    public int Run(CommandInput input)
    {
        using var repository = Workspace.OpenRepository(input.WorkingDirectory);
        if (input.Has("fix-encoding"))
        {
            var findings = EncodingFix.Run(new WorkTree(repository.WorkingDirectory), ConfigLoader.Load(repository.WorkingDirectory));
            input.Output.Result(CheckupWriter.Write(findings));
            return findings.Any(f => f.Severity == Severity.Warning) ? ExitCodes.ProblemsFound : ExitCodes.Success;
        }

        var report = Checkup.Run(repository, TimeProvider.System);
        input.Output.Result(CheckupWriter.Write(report));
        return report.Healthy ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
