using System.Diagnostics;

namespace RoadmapGit.Core.Demo;

/// <summary>Runs the git command line in one folder, with an identity of its own (the machine may have none).</summary>
internal sealed class GitCli(string workingDirectory)
{
    public string Run(string? date, params string[] args)
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

        start.Environment["GIT_AUTHOR_NAME"] = "roadmap-git demo";
        start.Environment["GIT_AUTHOR_EMAIL"] = "demo@roadmap-git.invalid";
        start.Environment["GIT_COMMITTER_NAME"] = "roadmap-git demo";
        start.Environment["GIT_COMMITTER_EMAIL"] = "demo@roadmap-git.invalid";
        start.Environment.Remove("GIT_DIR");
        start.Environment.Remove("GIT_INDEX_FILE");
        start.Environment.Remove("GIT_WORK_TREE");
        if (date is not null)
        {
            start.Environment["GIT_AUTHOR_DATE"] = date;
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        using var process = Process.Start(start) ?? throw new UsageException("git is not on PATH");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new UsageException($"git {string.Join(' ', args)} failed: {error.Trim()}");
        }

        return output.Result + error;
    }
}
