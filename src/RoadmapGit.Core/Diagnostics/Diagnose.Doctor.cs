using RoadmapGit.Core.Doctor;
using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Core.Diagnostics;

/// <summary>What <c>doctor</c> finds beyond what every run reports: each names the fix.</summary>
public static partial class Diagnose
{
    public static Diagnostic ConfigError(string message) => Warn("config-error", null, null, message);

    public static Diagnostic CannotRead(string message) => Warn("cannot-read", null, null, message);

    public const string ConfigPathMissingCode = "config-path-missing";

    public static Diagnostic ConfiguredPathMissing(string key, string path, string configFile, string consequence) => Warn(
        ConfigPathMissingCode, configFile, null,
        $"'{key}' names {path}, which does not exist, so {consequence}. Correct the path in {configFile}");

    public const string NotCheckedCode = "not-checked";

    public static Diagnostic NotChecked() => Info(
        NotCheckedCode, null, null,
        "not checked until the problems above are fixed");

    public static Diagnostic NotUtf8Roadmap(string file) => Warn(
        "not-utf8", file, null,
        "this roadmap file is not UTF-8 text, so roadmap-git leaves it alone. Save it as UTF-8");

    public static Diagnostic Mangled(string file, MojibakeRepair repair)
    {
        ArgumentNullException.ThrowIfNull(repair);
        var (line, mangled, repaired) = repair.First ?? (1, string.Empty, string.Empty);
        return Warn(
            "mojibake", file, line,
            $"UTF-8 text was read as {repair.CodePage} and saved again: '{mangled}' should read '{repaired}' " +
            $"({Count(repair.Mended, "place", "places")} on {Count(repair.MendedLines, "line", "lines")}). Repair it: roadmap-git doctor --fix-encoding");
    }

    public static Diagnostic LostCharacter(string file, int line, LostHint hint) => Warn(
        "lost-character", file, line,
        $"a character here was destroyed when the file was mangled, and reads {Mojibake.Lost}" + hint switch
        {
            LostHint.Emoji => " (it was an emoji). Type it again",
            LostHint.EmojiMark => $" (most likely the invisible mark that shows the symbol before it as an emoji). Delete the {Mojibake.Lost}, or type the symbol again",
            _ => ". Type it again",
        });

    public static Diagnostic EncodingRepaired(string file, MojibakeRepair repair)
    {
        ArgumentNullException.ThrowIfNull(repair);
        return Info(
            "encoding-repaired", file, null,
            $"repaired: its UTF-8 text had been read as {repair.CodePage} and saved again; " +
            $"{Count(repair.Mended, "character", "characters")} on {Count(repair.MendedLines, "line", "lines")} mended" +
            (repair.Lost.Count == 0 ? string.Empty : $", {Count(repair.Lost.Count, "character", "characters")} could not be (below)"));
    }

    public static Diagnostic NothingToRepair(string file) => Info(
        "encoding-clean", file, null,
        "no mangled text; left as it is");

    public static Diagnostic StaleTable(string file, int line, int values) => Warn(
        "stale-table", file, line,
        $"the roadmap is stale: {Count(values, "value differs", "values differ")} from what the notes' history says. " +
        "Run roadmap-git update (roadmap-git update --dry-run shows the changes); with the hook installed, every commit keeps it up");

    /// <param name="words">What the label's words say (<c>In Progress</c>), and the label the document writes for it.</param>
    /// <param name="symbol">What the label's symbol says, and the label the document writes for it.</param>
    public static Diagnostic StatusSymbolSlip(string file, int line, string topic, string label, (string Status, string Label) words, (string Status, string Label) symbol) => Warn(
        "status-symbol-slip", file, line,
        $"row '{topic}' says '{label}': its symbol means {symbol.Status} and its words {words.Status}, so it counts as {words.Status}. " +
        $"Write '{words.Label}' or '{symbol.Label}'");

    public static Diagnostic FinishOnUnfinished(string file, int line, string topic, string finish, string status, string completed, string placeholder) => Warn(
        "finish-not-completed", file, line,
        $"row '{topic}' has a finish date ({finish}) but is {status}. Mark it '{completed}', or write {(placeholder.Length == 0 ? "nothing" : $"'{placeholder}'")} as its finish date");

    public static Diagnostic FinishBeforeStart(string file, int line, string topic, string start, string finish) => Warn(
        "finish-before-start", file, line,
        $"row '{topic}' finishes ({finish}) before it starts ({start}). Correct one of the dates");

    public static Diagnostic ShallowHistory() => Warn(
        "shallow-clone", null, null,
        "this is a shallow clone: the dates of notes older than its history cannot be known (none are needed yet). " +
        "Fetch the whole history: git fetch --unshallow (in CI: fetch-depth: 0)");

    public static Diagnostic GraftedHistoryFound() => Warn(
        "grafted-history", null, null,
        "history is cut by a graft (.git/info/grafts): the dates of notes older than the cut cannot be known (none are needed yet). Remove the graft to read the whole history");

    public static Diagnostic HookMissing(string hook) => Warn(
        "hook-missing", null, null,
        $"no pre-commit hook at {hook}, so commits do not keep the roadmap up. Install it: roadmap-git hook install");

    public static Diagnostic HookForeign(string hook) => Warn(
        "hook-foreign", null, null,
        $"the pre-commit hook at {hook} is not roadmap-git's and does not call it, so commits do not keep the roadmap up. " +
        "Install roadmap-git's: roadmap-git hook install (the hook that is there keeps running, first)");

    public static Diagnostic HookManagerScriptWithoutTool(string hook, string script) => Warn(
        "hook-script-without-roadmap-git", null, null,
        $"the pre-commit hook at {hook} is a hook manager's, which runs {script}, and that does not call roadmap-git, so commits do not keep the roadmap up. " +
        $"Add this line to {script}: {HookInstaller.CallFromScript}");

    public static Diagnostic HookManagerStubMovedAside(string stub) => Warn(
        "hook-manager-stub-moved-aside", null, null,
        $"the hook manager's stub at {stub}, moved aside by an older roadmap-git, finds no script under that name and runs nothing. " +
        "Put it back: roadmap-git hook install");

    public static Diagnostic HookNotExecutable(string hook) => Warn(
        "hook-not-executable", null, null,
        $"the pre-commit hook at {hook} is not executable, so git skips it. Make it executable: chmod +x {hook}");

    /// <param name="hook">Where the hook is, when the caller knows without asking git.</param>
    public static Diagnostic HookOutdated(string? hook) => Warn(
        "hook-outdated", null, null,
        $"the pre-commit hook{(hook is null ? "" : $" at {hook}")} was written by an older roadmap-git: if roadmap-git cannot start, it blocks the commit. " +
        "Bring it up to date: roadmap-git hook install");

    public static Diagnostic HookBypassed(string hooksPath, string hook) => Warn(
        "hook-bypassed", null, null,
        $"core.hooksPath points git at {hooksPath}, so roadmap-git's hook at {hook} never runs. Install it where git looks: roadmap-git hook install");

    public static Diagnostic PreviousHookNotExecutable(string hook) => Warn(
        "previous-hook-not-executable", null, null,
        $"the hook chained before roadmap-git's ({hook}) is not executable, so it no longer runs. Make it executable (chmod +x {hook}), or delete it");
}
