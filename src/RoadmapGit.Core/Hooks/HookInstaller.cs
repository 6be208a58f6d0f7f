using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using RoadmapGit.Core.Git;

namespace RoadmapGit.Core.Hooks;

/// <summary>
/// Puts the pre-commit shim where git looks for hooks (<c>git rev-parse --git-path hooks</c>, so
/// <c>core.hooksPath</c>, worktrees and submodules work), chaining a hook that is already there.
/// </summary>
public static partial class HookInstaller
{
    public const string Marker = "roadmap-git-hook";

    /// <summary>The shim's version, on its <c>roadmap-git-hook vN</c> line and in <c>ROADMAP_GIT_HOOK</c>; raised when what the shim does changes.</summary>
    public const int Version = 2;

    public const string PreviousSuffix = ".roadmap-git-previous";

    /// <summary>The line a hook manager's script runs roadmap-git with.</summary>
    public const string CallFromScript = "roadmap-git hook run pre-commit";

    /// <returns>What was done, and the hook's path (for <see cref="HookInstallResult.LeftToHookManager"/>, the script to call roadmap-git from).</returns>
    public static (HookInstallResult Result, string Path) Install(string workingDirectory, ToolCommand tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        var hook = HookPath(workingDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(hook)!);
        var result = HookInstallResult.Installed;
        if (Present(hook))
        {
            if (IsOurs(hook))
            {
                // An older roadmap-git moved a hook manager's stub aside, where it runs nothing: it goes back.
                var chained = hook + PreviousSuffix;
                if (ScriptByNameHook.ScriptOf(chained, Path.GetFileName(hook)) is { } stubScript)
                {
                    File.Delete(hook);
                    File.Move(chained, hook);
                    return (LeftTo(stubScript), stubScript);
                }

                result = HookInstallResult.Updated;

                // A link to a hook shared elsewhere becomes this repository's own file: it is never written through.
                if (new FileInfo(hook).LinkTarget is not null)
                {
                    File.Delete(hook);
                }
            }
            else if ((ScriptByNameHook.ScriptOf(hook) ?? (IsTracked(workingDirectory, hook) ? hook : null)) is { } script)
            {
                return (LeftTo(script), script);
            }
            else
            {
                var previous = hook + PreviousSuffix;
                if (Present(previous))
                {
                    throw new UsageException($"both {hook} and {previous} exist; move one of them away and install again");
                }

                File.Move(hook, previous);
                result = HookInstallResult.Chained;
            }
        }

        File.WriteAllText(hook, Script(tool));
        MakeExecutable(hook);
        return (result, hook);
    }

    public static (HookInstallResult Result, string Path) Uninstall(string workingDirectory)
    {
        var hook = HookPath(workingDirectory);
        if (!File.Exists(hook) || !IsOurs(hook))
        {
            return (HookInstallResult.NotInstalled, hook);
        }

        File.Delete(hook);
        var previous = hook + PreviousSuffix;
        if (!Present(previous))
        {
            return (HookInstallResult.Removed, hook);
        }

        File.Move(previous, hook);
        return (HookInstallResult.Restored, hook);
    }

    /// <summary>The shim with the installing tool's location written in, quoted for sh.</summary>
    public static string Script(ToolCommand tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RoadmapGit.Core.Hooks.pre-commit")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Replace("installed_exe=''", $"installed_exe={ShellQuote(tool.Executable)}", StringComparison.Ordinal)
            .Replace("installed_dll=''", $"installed_dll={ShellQuote(tool.Assembly ?? string.Empty)}", StringComparison.Ordinal);
    }

    public static string HookPath(string workingDirectory)
    {
        var (code, output, error) = GitProcess.Run(workingDirectory, null, "rev-parse", "--git-path", "hooks");
        if (code != 0 || output.Trim().Length == 0)
        {
            throw new UsageException($"not inside a git work tree ({error.Trim()})");
        }

        return Path.Combine(Path.GetFullPath(output.Trim(), workingDirectory), "pre-commit");
    }

    private static HookInstallResult LeftTo(string script) =>
        CallsRoadmapGit(script) ? HookInstallResult.CalledFromScript : HookInstallResult.LeftToHookManager;

    /// <summary>Whether a hook or a hook manager's script runs roadmap-git (it has the line <see cref="CallFromScript"/>).</summary>
    internal static bool CallsRoadmapGit(string script) =>
        IsFile(script) && File.ReadAllText(script).Contains(CallFromScript, StringComparison.Ordinal);

    /// <summary>A file, or a link that leads to one: a link to nothing has no text to read.</summary>
    internal static bool IsFile(string path)
    {
        var info = new FileInfo(path);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
        return target is FileInfo { Exists: true };
    }

    /// <summary>A hook the repository tracks (a hooks folder kept in it, as older husky keeps <c>.husky</c>) is the team's: never moved aside.</summary>
    /// <remarks>git answers for a path outside the work tree (the usual <c>.git/hooks</c>) with an error, so no.</remarks>
    private static bool IsTracked(string workingDirectory, string hook) =>
        GitProcess.Run(workingDirectory, null, "--literal-pathspecs", "ls-files", "--error-unmatch", "--", hook).ExitCode == 0;

    /// <summary>A hook is there even as a link to nothing: it is moved aside like any other, never written through.</summary>
    private static bool Present(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>
    /// Whether an older roadmap-git wrote the hook; one a newer roadmap-git wrote is never taken
    /// back. A hook whose lines end in CR LF counts as older: no shell runs it, and installing again
    /// writes it as it should be.
    /// </summary>
    internal static bool IsOlder(string hook) =>
        VersionLine().Match(File.ReadAllText(hook)) is not { Success: true } match || IsOlderVersion(match.Groups[1].Value);

    /// <summary>
    /// Whether the shim that runs <c>hook run</c> is older than this roadmap-git's, by the version it
    /// exports in <c>ROADMAP_GIT_HOOK</c>: shims before the second export none.
    /// </summary>
    public static bool IsOlderVersion(string? version) =>
        !int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < Version;

    internal static bool IsOurs(string hook) => IsFile(hook) && File.ReadAllText(hook).Contains(Marker, StringComparison.Ordinal);

    [GeneratedRegex(@"^# roadmap-git-hook v([0-9]{1,9})$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex VersionLine();

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
