using System.Diagnostics;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Runs the git command line, for what only git itself answers (where hooks live) and for the
/// demo's real commits. Variables that would point git at another repository or index are dropped.
/// </summary>
internal static class GitProcess
{
    public static (int ExitCode, string Output, string Error) Run(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("git")
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

        start.Environment.Remove("GIT_DIR");
        start.Environment.Remove("GIT_INDEX_FILE");
        start.Environment.Remove("GIT_WORK_TREE");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new UsageException("git is not on PATH");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
