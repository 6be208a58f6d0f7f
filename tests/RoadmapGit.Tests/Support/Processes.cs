using System.Diagnostics;

namespace RoadmapGit.Tests.Support;

/// <summary>Runs a program to completion and captures what it printed.</summary>
internal static class Processes
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
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
