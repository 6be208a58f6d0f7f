using System.Diagnostics;

namespace RoadmapGit.Core;

/// <summary>Runs a program to completion and captures what it printed, or streams its output.</summary>
internal static class ChildProcess
{
    public static (int ExitCode, string Output, string Error) Run(
        string file, string workingDirectory, IEnumerable<string> args, Action<IDictionary<string, string?>>? environment = null)
    {
        using var process = Start(file, workingDirectory, args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>Hands the program's output to <paramref name="read"/> as it comes, so a long output is never held whole.</summary>
    public static (int ExitCode, string Error) Stream(
        string file, string workingDirectory, IEnumerable<string> args, Action<IDictionary<string, string?>>? environment, Action<Stream> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var process = Start(file, workingDirectory, args, environment);
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            read(process.StandardOutput.BaseStream);
            process.StandardOutput.BaseStream.CopyTo(System.IO.Stream.Null);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    /// <summary>Starts a program with its standard streams redirected; the caller talks to it and disposes it.</summary>
    public static Process Start(
        string file, string workingDirectory, IEnumerable<string> args, Action<IDictionary<string, string?>>? environment, bool redirectInput = false)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        environment?.Invoke(start.Environment);
        return Process.Start(start) ?? throw new UsageException($"{file} could not be started");
    }
}
