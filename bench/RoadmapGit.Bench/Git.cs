using System.Diagnostics;

namespace RoadmapGit.Bench;

/// <summary>
/// Runs git for the generator and the harness, with an identity and without the machine's git
/// configuration, so a generated repository and every measurement are the same on any machine.
/// </summary>
internal static class Git
{
    public static void Isolate(IDictionary<string, string?> environment)
    {
        environment["GIT_CONFIG_NOSYSTEM"] = "1";
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        environment["GIT_TERMINAL_PROMPT"] = "0";
        environment["GIT_AUTHOR_NAME"] = "Learner";
        environment["GIT_AUTHOR_EMAIL"] = "learner@example.invalid";
        environment["GIT_COMMITTER_NAME"] = "Learner";
        environment["GIT_COMMITTER_EMAIL"] = "learner@example.invalid";
        environment.Remove("GIT_DIR");
        environment.Remove("GIT_INDEX_FILE");
        environment.Remove("GIT_WORK_TREE");
    }

    public static string Run(string directory, params string[] args) => Run(directory, null, args);

    /// <summary>Commits what is staged without the hooks, authored and committed at <paramref name="date"/>, so the commit is the same on any machine.</summary>
    public static void Commit(string directory, string message, string date) =>
        Run(directory, null, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "-c", "commit.gpgsign=false", "commit", "-q", "--no-verify", "-m", message);

    /// <summary>Runs git in <paramref name="directory"/>; <paramref name="input"/>, when given, writes its standard input.</summary>
    public static string Run(string directory, Action<Stream>? input, params string[] args) => Run(directory, input, null, args);

    private static string Run(string directory, Action<Stream>? input, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Isolate(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            var stdin = new BufferedStream(process.StandardInput.BaseStream, 1 << 20);
            input(stdin);
            stdin.Flush();
            process.StandardInput.Close();
        }

        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result.Trim()}");
    }
}
