using System.Reflection;
using RoadmapGit.Core.Git;

namespace RoadmapGit.Core.Hooks;

/// <summary>
/// Puts the pre-commit shim where git looks for hooks (<c>git rev-parse --git-path hooks</c>, so
/// <c>core.hooksPath</c>, worktrees and submodules work), chaining a hook that is already there.
/// </summary>
public static class HookInstaller
{
    public const string Marker = "roadmap-git-hook";

    /// <summary>The shim's version line; raised when what the shim does changes.</summary>
    public const string CurrentVersion = Marker + " v2";
    public const string PreviousSuffix = ".roadmap-git-previous";

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
                result = HookInstallResult.Updated;
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

    /// <summary>A hook is there even as a link to nothing: it is moved aside like any other, never written through.</summary>
    internal static bool IsCurrent(string hook) => File.ReadAllText(hook).Contains(CurrentVersion, StringComparison.Ordinal);

    private static bool Present(string path) => File.Exists(path) || new FileInfo(path).LinkTarget is not null;

    internal static bool IsOurs(string hook)
    {
        var info = new FileInfo(hook);
        var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
        return target is FileInfo { Exists: true } && File.ReadAllText(hook).Contains(Marker, StringComparison.Ordinal);
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
