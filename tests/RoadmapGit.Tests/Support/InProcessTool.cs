using RoadmapGit.CommandLine;
using RoadmapGit.Commands;

namespace RoadmapGit.Tests.Support;

/// <summary>The command line run inside the test process: the same dispatch as the tool, in microseconds.</summary>
internal static class InProcessTool
{
    public static (int ExitCode, string Output, string Error) RunIn(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = new CommandRunner(RoadmapGitCommands.Table).Run(args, workingDirectory, new Output(output, error));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs where no repository is: for help and usage errors, which never open one.</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args) => RunIn(Path.GetTempPath(), args);
}
