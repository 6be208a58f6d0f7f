using RoadmapGit.CommandLine;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Text;

namespace RoadmapGit;

/// <summary>
/// Every sentence the command line says, each under a name. Errors read
/// <c>what is wrong. how to fix it</c>; <see cref="Output.Error"/> puts <c>roadmap-git: error: </c> before them.
/// A usage error fits an 80-column terminal on one line (unless what was typed is long).
/// </summary>
internal static class Messages
{
    private const string Tool = "roadmap-git";

    public const string About = "roadmap-git keeps a learning roadmap's Status and date cells true from the git history of its notes.";

    public const string StartHint = "Start with `roadmap-git init` in your roadmap's repository.";

    public const string HelpCommandSummary = "Show help for a command";

    public const string HelpOptionSummary = "Show this help";

    public const string VersionOptionSummary = "Show the version";

    public static string HelpForACommand(string prefix) => $"Run `{prefix} <command> --help` for a command's options and examples.";

    public static string Version(string version) => $"{Tool} {version}";

    // Usage errors: the command line cannot run as typed.
    public static string UnknownCommand(string typed, IEnumerable<string> known) =>
        $"unknown command '{typed}'. " + DidYouMean(typed, known, $"See {Tool} --help");

    public static string UnknownSubcommand(string group, string typed, IEnumerable<string> known) =>
        $"unknown command '{group} {typed}'. " + DidYouMean(typed, known, $"See {Tool} {group} --help", s => $"{group} {s}");

    public static string UnknownOption(CommandSpec spec, string typed) =>
        $"unknown option '{typed}'. "
        + DidYouMean(typed, spec.Options.Select(o => "--" + o.Name).Append("--help"), $"See {Tool} {spec.Name} --help");

    public static string UnknownToolOption(string typed) =>
        $"unknown option '{typed}'. " + DidYouMean(typed, ["--help", "--version"], $"See {Tool} --help");

    public static string UnexpectedAfterVersion(string argument) =>
        $"unexpected argument '{argument}'. Write {Tool} --version alone";

    public static string FlagTakesNoValue(CommandSpec spec, OptionSpec option) =>
        $"'--{option.Name}' takes no value. Write --{option.Name} alone";

    public static string MissingOptionValue(CommandSpec spec, OptionSpec option) =>
        $"'--{option.Name}' needs a value. Write --{option.Name} {option.Placeholder}";

    public static string UnknownOptionValue(OptionSpec option, string value) =>
        $"'{value}' is not a value of --{option.Name}. Use {Either(option.Values)}";

    public static string MissingArgument(CommandSpec spec, ArgumentSpec argument) =>
        $"'{spec.Name}' needs a {argument.Label}" + (spec.Examples.Count > 0
            ? $", such as {spec.Examples[0].CommandLine[$"{Tool} {spec.Name} ".Length..]}"
            : $". Write {Tool} {spec.Name} {argument.Label}");

    public static string ArgumentInSeveralWords(CommandSpec spec, IReadOnlyList<string> words) =>
        $"'{spec.Name}' takes one {spec.Arguments[0].Label}. Quote it: \"{string.Join(' ', words)}\"";

    public static string UnexpectedArgument(CommandSpec spec, string argument) =>
        $"unexpected argument '{argument}'. '{spec.Name}' takes "
        + (spec.Arguments.Count == 0 ? "no arguments" : string.Join(' ', spec.Arguments.Select(a => a.Label)) + " only");

    public static string UnexpectedAfterHelp(string argument) =>
        $"unexpected argument '{argument}'. Write {Tool} help <command>";

    public static string UnknownArgumentValue(ArgumentSpec argument, string value) =>
        $"unknown {argument.Name} '{value}'. " + DidYouMean(value, argument.Values, $"Use {Either(argument.Values)}");

    // Repository and input errors (the core names its own, in Core.Fail).
    public static string NoTopicMatches(string topic) =>
        $"no topic or note matches '{topic}'. Give part of a title, or a note's path";

    public static string DemoFolderNotEmpty(string folder) =>
        $"'{folder}' is not empty. Give --directory an empty folder";

    public static string CannotRead(string problem) => $"{Sentence(problem)}. Run again with --verbose for the details";

    public static string InternalError(string problem) =>
        $"internal error: {Sentence(problem)}. This is a bug: run again with --verbose and report what it prints";

    // Results and progress.
    public static string Updated(string path) => $"updated {path}";

    public static string UpToDate(string path) => $"{path} is up to date";

    public static string Stale(IEnumerable<string> paths) => $"{string.Join(", ", paths)} is stale; run roadmap-git update";

    public static string HookInstalled(string path) => $"installed the pre-commit hook at {path}";

    public static string HookUpdated(string path) => $"updated the pre-commit hook at {path}";

    public static string HookChained(string path) => $"installed the pre-commit hook at {path}; the hook that was there runs first";

    /// <summary>The hook runs a script a hook manager or the repository keeps: roadmap-git is called from that script.</summary>
    public static string HookLeftToManager(string script) =>
        $"the pre-commit hook runs {script}, which a hook manager or the repository keeps: left as it is. Add this line to {script}: {HookInstaller.CallFromScript}";

    public static string HookCalledFromScript(string script) =>
        $"the pre-commit hook runs {script}, which calls roadmap-git already: nothing to install";

    public static string HookRestored(string path) => $"removed the pre-commit hook; the previous hook is back at {path}";

    public static string HookRemoved(string path) => $"removed the pre-commit hook at {path}";

    public static string NoHookToRemove(string path) => $"no roadmap-git hook at {path}; nothing removed";

    public static string MoreWarnings(int count) => $"{count} more; roadmap-git update --dry-run lists them all";

    public static string CommitBlocked(int warnings) =>
        warnings == 1
            ? "commit blocked (strict): 1 warning above. Fix it, or commit with ROADMAP_GIT_SKIP=1"
            : $"commit blocked (strict): {warnings} warnings above. Fix them, or commit with ROADMAP_GIT_SKIP=1";

    public static string HookFailed(string problem, bool strict) =>
        problem + (strict ? "" : "; the commit goes on without a roadmap update");

    /// <summary>The commit took the update, and a copy beside it (the real index, a working file) could not follow.</summary>
    public static string HookNotBroughtAlong(string problem) =>
        problem + "; the commit takes the roadmap update, but its copies outside the commit were left as they were";

    public static string DemoBuilding(string folder) => $"building the demo repository in {folder}";

    /// <summary>A demo commit, or (indented) what the hook said about it.</summary>
    public static string DemoCommit(string line) => line.StartsWith(' ') ? line : "commit " + line;

    public static string DemoWhere(string folder) =>
        $"Demo repository: {folder}\nLook around: cd {folder} && git log --stat (and, with the tool installed, roadmap-git explain HTTP)";

    private static string DidYouMean(string typed, IEnumerable<string> known, string otherwise, Func<string, string>? show = null) =>
        Suggestions.Closest(typed, known) is { } match ? $"Did you mean '{(show ?? (s => s))(match)}'?" : otherwise;

    private static string Either(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " or " + values[^1];

    private static string Sentence(string text) => text.TrimEnd().TrimEnd('.');
}
