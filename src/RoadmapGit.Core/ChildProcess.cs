using System.Diagnostics;

namespace RoadmapGit.Core;

/// <summary>Runs a program to completion and captures what it printed.</summary>
internal static class ChildProcess
{
    public static (int ExitCode, string Output, string Error) Run(
        string file, string workingDirectory, IEnumerable<string> args, Action<IDictionary<string, string?>>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        environment?.Invoke(start.Environment);
        using var process = Process.Start(start) ?? throw new UsageException($"{file} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
