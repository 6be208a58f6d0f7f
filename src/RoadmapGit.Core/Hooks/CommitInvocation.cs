namespace RoadmapGit.Core.Hooks;

/// <summary>
/// What git was asked to do when it ran the hook. git tells a pre-commit hook the author date
/// (<c>GIT_AUTHOR_DATE</c>) but not that the commit replaces HEAD; the command line of the git
/// process that runs the hook does.
/// </summary>
public static class CommitInvocation
{
    /// <param name="gitProcessId">The id of the git process running the hook, as the hook shim passes it.</param>
    public static bool IsAmend(string? gitProcessId)
    {
        if (!int.TryParse(gitProcessId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        return ArgumentsOf(pid).TakeWhile(a => a != "--").Any(IsAmendOption);
    }

    /// <summary><c>--amend</c>, or an unambiguous prefix of it as git accepts (<c>--ame</c>).</summary>
    private static bool IsAmendOption(string argument) =>
        argument.Length >= "--ame".Length && "--amend".StartsWith(argument, StringComparison.Ordinal);

    private static string[] ArgumentsOf(int pid)
    {
        var procFile = $"/proc/{pid}/cmdline";
        if (File.Exists(procFile))
        {
            return File.ReadAllText(procFile).Split('\0');
        }

        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        var (code, output, _) = ChildProcess.Run("ps", Environment.CurrentDirectory, ["-o", "args=", "-p", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return code == 0 ? output.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
    }
}
