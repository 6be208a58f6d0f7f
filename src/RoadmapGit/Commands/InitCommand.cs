using System.Text;
using RoadmapGit.CommandLine;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Init;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Commands;

/// <summary><c>roadmap-git init</c>: adopt an existing roadmap. The core decides and writes; this renders what it did.</summary>
internal sealed class InitCommand : ICommand
{
    private const string RebuildCommand = "roadmap-git update --rebuild";

    public CommandSpec Spec { get; } = new("init", "Adopt a roadmap kept by hand: write the config, install the hook")
    {
        Options =
        [
            new("mode", "The completion mode to write, instead of the one history fits") { Values = [.. ConfigNames.CompletionModes] },
            OptionSpec.Flag("no-hook", "Install no pre-commit hook"),
            OptionSpec.Flag("verbose", "Show every finding, and the details of a failure"),
        ],
        Examples =
        [
            new("Adopt the roadmap in this repository", "roadmap-git init"),
            new("Adopt it, each note written in one sitting", "roadmap-git init --mode written"),
        ],
    };

    public int Run(CommandInput input)
    {
        var output = input.Output;
        CompletionMode? asked = input.Value("mode") is { } mode && ConfigNames.TryCompletion(mode, out var parsed) ? parsed : null;
        using var repository = Workspace.OpenRepository(input.WorkingDirectory);
        var result = Initializer.Run(repository, new InitRequest(asked, input.Has("no-hook") ? null : CurrentTool.Command()), TimeProvider.System);
        foreach (var diagnostic in result.Diagnostics.Where(d => input.Verbose || d.Severity == Severity.Warning))
        {
            output.Diagnostic(diagnostic);
        }

        output.Result(Render(result, repository.WorkingDirectory));
        return ExitCodes.Success;
    }

    private static string Render(InitResult result, string root)
    {
        var text = new StringBuilder();
        text.Append(Roadmaps(result)).Append('\n')
            .Append(Mode(result)).Append('\n')
            .Append(Config(result)).Append('\n');
        if (result.Schema is { } schema)
        {
            text.Append(Schema(schema)).Append('\n');
        }

        text.Append(Hook(result.Hook, root)).Append('\n')
            .Append(Untouched(result.Roadmaps)).Append('\n');
        if (result.PendingCells + result.PendingOverall > 0)
        {
            text.Append(Pending(result.PendingCells, result.PendingOverall)).Append('\n');
        }

        if (result.Disagreements.Count == 0)
        {
            return text.Append(HistoryAgrees).Append('\n').ToString();
        }

        foreach (var file in result.Disagreements.GroupBy(d => d.File))
        {
            text.Append('\n').Append(DisagreementsIn(file.Key, file.Count())).Append("\n\n")
                .Append(TextTable.Render(["Topic", "Cell", "Table says", "History says"], file.Select(d => new[] { d.Topic, CellName(d.Cell), d.TableSays, d.HistorySays })));
        }

        return text.Append('\n').Append(TakeHistory).Append('\n').ToString();
    }

    private static string Roadmaps(InitResult result) => result.RoadmapsConfigured
        ? $"roadmap{Plural(result.Roadmaps.Count)}: {List(result.Roadmaps)}, as {RoadmapConfig.FileName} lists"
        : $"found the roadmap{Plural(result.Roadmaps.Count)} {List(result.Roadmaps)}";

    private static string Mode(InitResult result)
    {
        var mode = ConfigNames.Of(result.Completion);
        var suggestion = $"history suggests {ConfigNames.Of(result.Proposal.Mode)}, because {Evidence(result.Proposal)}";
        return result.CompletionSource switch
        {
            ModeSource.Option => $"completion mode: {mode}, as --mode asks ({suggestion})",
            ModeSource.Config => $"completion mode: {mode}, as {RoadmapConfig.FileName} says ({suggestion})",
            _ => $"completion mode: {mode}, because {Evidence(result.Proposal)}",
        };
    }

    /// <summary>The evidence that decided the proposal, in one sentence.</summary>
    private static string Evidence(ModeProposal p) => p.Reason switch
    {
        ModeReason.OneSitting =>
            $"{p.OneSitting} of {p.Notes} note{Plural(p.Notes)} with real content {Was(p.OneSitting)} added in one commit that also marked {Its(p.OneSitting)} row Completed by hand"
            + (p.Grew > 0 ? $"; {p.Grew} grew over several commits" : string.Empty),
        ModeReason.Grew =>
            $"{p.Grew} of {p.Notes} note{Plural(p.Notes)} with real content grew over several commits ({p.Example} over {p.ExampleCommits})"
            + (p.OneSitting > 0 ? $"; {p.OneSitting} {Was(p.OneSitting)} added in one commit with a Completed mark" : string.Empty),
        ModeReason.Tie =>
            $"as many notes grew over several commits ({p.Grew}) as were added in one commit with a Completed mark; marked is the default",
        _ when p.Notes == 0 => "no note has real content in history yet; marked is the default",
        _ => "no note was added together with a Completed mark, and none grew over several commits; marked is the default",
    };

    private static string Config(InitResult result) => result.Config switch
    {
        FileOutcome.Created => $"wrote {RoadmapConfig.FileName}: {string.Join(", ", result.AddedKeys)}",
        FileOutcome.Updated => $"added to {RoadmapConfig.FileName}: {string.Join(", ", result.AddedKeys)}; every key you set stays as it is",
        _ => $"{RoadmapConfig.FileName} already says all that; left as it is",
    };

    private static string Schema(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Created => $"wrote {ConfigSchema.FileName}, the schema \"$schema\" points at (for editors)",
        FileOutcome.Updated => $"updated {ConfigSchema.FileName} to this version's schema",
        _ => $"{ConfigSchema.FileName} is up to date",
    };

    private static string Hook(InstalledHook? hook, string root)
    {
        if (hook is null)
        {
            return "installed no pre-commit hook (--no-hook); roadmap-git hook install puts it in place";
        }

        var path = Path.GetRelativePath(root, hook.Path) is var relative && !relative.StartsWith("..", StringComparison.Ordinal)
            ? relative.Replace('\\', '/')
            : hook.Path;
        return hook.Result switch
        {
            HookInstallResult.Updated => $"updated the pre-commit hook in place at {path}",
            HookInstallResult.Chained => $"installed the pre-commit hook at {path}; the hook that was there runs first",
            HookInstallResult.LeftToHookManager => Messages.HookLeftToManager(path),
            HookInstallResult.CalledFromScript => Messages.HookCalledFromScript(path),
            _ => $"installed the pre-commit hook at {path}",
        };
    }

    private static string Untouched(IReadOnlyList<string> roadmaps) =>
        $"{List(roadmaps)}: not a byte changed; every value you wrote stays yours";

    private static string Pending(int cells, int overall)
    {
        var parts = new List<string>();
        if (cells > 0)
        {
            parts.Add($"fills {Count(cells, "empty cell", "empty cells")} from history");
        }

        if (overall > 0)
        {
            parts.Add($"brings {Count(overall, "overall value", "overall values")} up to date");
        }

        return $"the next commit (or roadmap-git update) {string.Join(" and ", parts)}; roadmap-git update --dry-run shows how";
    }

    private const string HistoryAgrees = "history agrees with every value you wrote by hand";

    private static string DisagreementsIn(string file, int count) =>
        $"In {file}, history disagrees with {Count(count, "value", "values")} you wrote by hand. They stay as you wrote them:";

    private const string TakeHistory = $"To take history's values instead: {RebuildCommand} (add --dry-run to see the diff first)";

    private static string CellName(CellColumn cell) => cell switch
    {
        CellColumn.Status => "Status",
        CellColumn.Start => "Start",
        _ => "Finish",
    };

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static string Plural(int count) => count == 1 ? string.Empty : "s";

    private static string Was(int count) => count == 1 ? "was" : "were each";

    private static string Its(int count) => count == 1 ? "its" : "their";

    private static string Count(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
