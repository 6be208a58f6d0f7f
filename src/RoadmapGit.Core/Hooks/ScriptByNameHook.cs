using System.Text.RegularExpressions;

namespace RoadmapGit.Core.Hooks;

/// <summary>
/// A hook manager's stub that runs the learner's script named like the hook itself, found from
/// the stub's own file name (husky's <c>.husky/_/pre-commit</c> runs <c>.husky/pre-commit</c>).
/// Moved aside under another name it would run nothing, so roadmap-git is called from that script
/// instead of chaining the stub.
/// </summary>
internal static partial class ScriptByNameHook
{
    /// <summary>The script the stub at <paramref name="hook"/> runs, or null when it is no such stub.</summary>
    /// <param name="name">The hook's name, where the stub was moved aside under another.</param>
    public static string? ScriptOf(string hook, string? name = null)
    {
        // A link to nothing is no stub: it is moved aside like any other hook.
        return HookInstaller.IsFile(hook) && Runner().IsMatch(File.ReadAllText(hook)) && Path.GetDirectoryName(Path.GetDirectoryName(hook)) is { } folder
            ? Path.Combine(folder, name ?? Path.GetFileName(hook))
            : null;
    }

    /// <summary>
    /// The stub's one line: source the runner beside it, which looks the script up by the stub's own
    /// name; spelled <c>$(dirname "$0")</c> by newer husky, <c>${0%/*}</c> by older.
    /// </summary>
    [GeneratedRegex(@"^\s*\.\s+""(\$\(dirname\s+(--\s+)?""\$0""\)|\$\{0%/\*\})/h""\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Runner();
}
