using RoadmapGit.Core;
using RoadmapGit.Core.Config;

namespace RoadmapGit;

/// <summary>
/// Every user-facing line goes through here: results on stdout, diagnostics on stderr, and the
/// one place where exceptions become a single line and an exit code.
/// </summary>
internal static class Output
{
    public static void Result(string text) => Console.Out.Write(text.EndsWith('\n') ? text : text + "\n");

    public static void Info(string text) => Console.Error.WriteLine("roadmap-git: " + text);

    public static void Warning(string text) => Console.Error.WriteLine("roadmap-git: warning: " + text);

    /// <summary>A finding of the core, with where it is: <c>roadmap-git: warning: README.md:12: …</c>.</summary>
    public static void Diagnostic(Core.Diagnostics.Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Severity == Core.Diagnostics.Severity.Warning)
        {
            Warning(diagnostic.ToString());
        }
        else
        {
            Info(diagnostic.ToString());
        }
    }

    public static void Error(string text) => Console.Error.WriteLine("roadmap-git: error: " + text);

    /// <summary>True once one of our commands has started: any other failure was the parser's.</summary>
    public static bool CommandStarted { get; private set; }

    public static void Started() => CommandStarted = true;

    /// <summary>Runs a command; every exception becomes one line on stderr and a documented exit code.</summary>
    public static int Guard(bool verbose, Func<int> command)
    {
        Started();
        try
        {
            return Environment.ExitCode = command();
        }
        catch (Exception e) when (e is UsageException or ConfigException)
        {
            Error(e.Message);
            return Environment.ExitCode = ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LibGit2Sharp.LibGit2SharpException)
        {
            Error(verbose ? e.ToString() : e.Message + " (run with --verbose for details)");
            return Environment.ExitCode = ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Error(verbose ? e.ToString() : $"internal error: {e.Message} (a bug; run with --verbose and report what it prints)");
            return Environment.ExitCode = ExitCodes.InternalError;
        }
    }
}
