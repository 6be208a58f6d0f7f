using System.ComponentModel;
using System.Diagnostics;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// The git command line pointed explicitly at one repository, with the settings and variables
/// that would change what history commands print (signatures, following one file, graft hints,
/// pathspec globbing) held fixed.
/// </summary>
internal sealed class GitCommandLine(string workingDirectory, string gitDirectory)
{
    private IEnumerable<string> Arguments(IEnumerable<string> args, IReadOnlyList<string>? settings = null) =>
    [
        .. (settings ?? []).SelectMany(setting => new[] { "-c", setting }),
        "-c", "advice.graftFileDeprecated=false",
        "-c", "log.showSignature=false",
        "-c", "log.follow=false",
        "-c", "core.quotePath=false",
        "--git-dir=" + gitDirectory,
        "--work-tree=" + workingDirectory,
        "--literal-pathspecs",
        .. args,
    ];

    /// <summary>Runs git and returns what it printed; a failure becomes a <see cref="HistoryReadException"/>.</summary>
    public string Run(params string[] args)
    {
        var (code, output, error) = Guard(() => ChildProcess.Run("git", workingDirectory, Arguments(args), Environment));
        return code == 0 ? output : throw HistoryReadException.GitFailed(args[0], code, error);
    }

    /// <summary>Runs git and returns its exit code and output, for questions whose failure has a meaning.</summary>
    public (int ExitCode, string Output) TryRun(params string[] args)
    {
        var (code, output, _) = Guard(() => ChildProcess.Run("git", workingDirectory, Arguments(args), Environment));
        return (code, output);
    }

    /// <summary>Runs git and hands its output to <paramref name="read"/> as it comes.</summary>
    /// <param name="settings">Configuration for this command alone (<c>name=value</c>), such as bounds on its memory.</param>
    public void Stream(IReadOnlyList<string> args, Action<Stream> read, IReadOnlyList<string>? settings = null)
    {
        var (code, error) = Guard(() => ChildProcess.Stream("git", workingDirectory, Arguments(args, settings), WholeOutput, read));
        if (code != 0)
        {
            throw HistoryReadException.GitFailed(args[0], code, error);
        }
    }

    /// <summary>Runs git with <paramref name="lines"/> on its standard input and returns its exit code.</summary>
    /// <param name="settings">Configuration for this command alone (<c>name=value</c>).</param>
    public int RunWithInput(IReadOnlyList<string> args, IEnumerable<string> lines, IReadOnlyList<string>? settings = null)
    {
        using var process = Start(args, settings);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var line in lines)
        {
            process.StandardInput.Write(line + "\n");
        }

        process.StandardInput.Close();
        process.WaitForExit();
        Task.WaitAll(output, error);
        return process.ExitCode;
    }

    /// <summary>Starts a long-lived git process that reads requests on its standard input.</summary>
    /// <param name="settings">Configuration for this command alone (<c>name=value</c>).</param>
    public Process Start(IReadOnlyList<string> args, IReadOnlyList<string>? settings = null) =>
        Guard(() => ChildProcess.Start("git", workingDirectory, Arguments(args, settings), Environment, redirectInput: true));

    private static void Environment(IDictionary<string, string?> variables)
    {
        GitProcess.DropRepositoryVariables(variables);
        foreach (var pathspecs in new[] { "GIT_GLOB_PATHSPECS", "GIT_NOGLOB_PATHSPECS", "GIT_ICASE_PATHSPECS", "GIT_LITERAL_PATHSPECS" })
        {
            variables.Remove(pathspecs);
        }
    }

    /// <summary>
    /// Into a pipe, <c>git log</c> and <c>git rev-list</c> write each commit as it comes, one
    /// system call and one wake-up of this process per commit: on 100,000 commits, a third of a
    /// second of the machine's time. A stream read to its end needs nothing before the next
    /// buffer is full, which <c>GIT_FLUSH=0</c> asks for.
    /// </summary>
    private static void WholeOutput(IDictionary<string, string?> variables)
    {
        Environment(variables);
        variables["GIT_FLUSH"] = "0";
    }

    private static T Guard<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (Win32Exception e)
        {
            throw HistoryReadException.GitMissing(e.Message);
        }
    }
}
