using Cocona;
using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Demo;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Report;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Commands;

/// <summary>The top-level commands. Each one opens the repository, calls the core once and writes.</summary>
internal sealed class RoadmapCommands
{
    [Command("update", Description = "Recompute the roadmap(s) from history and rewrite the Status and date cells")]
    public int Update(
        [Option(Description = "Write nothing; exit 1 and print the diff when the roadmap is stale")] bool check = false,
        [Option("dry-run", Description = "Print the diff and write nothing")] bool dryRun = false,
        [Option(Description = "Forget every hand-written value and recompute every cell")] bool rebuild = false,
        [Option(Description = "Explain each inferred value")] bool verbose = false) => Output.Guard(verbose, () =>
    {
        using var repository = OpenRepository();
        var plan = Engine(repository).Plan(new PlanRequest(RoadmapSource.WorkingTree, Rebuild: rebuild));
        Warn(plan, verbose);
        if (verbose)
        {
            foreach (var row in plan.Rows)
            {
                Output.Info($"{row.Row.Topic}: {StatusNames.Words(row.Status)} ({row.Values.StatusCell.Why}); start {row.Values.StartCell.Why}; finish {row.Values.FinishCell.Why}");
            }
        }

        var stale = plan.Files.Where(f => f.Changed).ToList();
        if (check || dryRun)
        {
            foreach (var file in stale)
            {
                Output.Result(LineDiff.Describe(file.Path, file.Original.Text, file.Result.NewText));
            }

            if (check && stale.Count > 0)
            {
                Output.Info($"{string.Join(", ", stale.Select(f => f.Path))} is stale; run roadmap-git update");
                return ExitCodes.Drift;
            }

            return ExitCodes.Success;
        }

        var workTree = new WorkTree(repository.WorkingDirectory);
        foreach (var file in plan.Files)
        {
            if (file.Changed)
            {
                workTree.Write(file.Path, file.NewBytes, "roadmap file");
            }

            Output.Result(file.Changed ? $"updated {file.Path}" : $"{file.Path} is up to date");
        }

        if (plan.Record.Changed)
        {
            workTree.Write(WrittenCells.FileName, plan.Record.NewBytes, "record file");
        }

        return ExitCodes.Success;
    });

    [Command("report", Description = "Print progress: overall and per section, in progress, stale, recently finished, pace, forecast")]
    public int Report(
        [Option(Description = "text or json")] string format = "text",
        [Option(Description = "Explain failures in full")] bool verbose = false) => Output.Guard(verbose, () =>
    {
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"unknown report format '{format}'; use text or json");
        }

        using var repository = OpenRepository();
        var plan = Engine(repository).Plan(PlanRequest.WorkingTree);
        Warn(plan, verbose);
        var report = ProgressReport.From(plan);
        Output.Result(format == "json" ? JsonReportWriter.Write(report) : TextReportWriter.Write(report));
        return ExitCodes.Success;
    });

    [Command("explain", Description = "Show the timeline behind a row: each commit used or skipped, and why")]
    public int Explain(
        [Argument(Description = "A topic (or part of one) or a note path")] string topic,
        [Option(Description = "Explain failures in full")] bool verbose = false) => Output.Guard(verbose, () =>
    {
        using var repository = OpenRepository();
        var plan = Engine(repository).Plan(PlanRequest.WorkingTree);
        var rows = ExplainWriter.Find(plan, topic);
        if (rows.Count == 0)
        {
            throw new UsageException($"no topic or note matches '{topic}'");
        }

        foreach (var row in rows)
        {
            var file = plan.Files.First(f => f.Result.Rows.Contains(row));
            Output.Result(ExplainWriter.Write(row, file.Path));
        }

        return ExitCodes.Success;
    });

    [Command("demo", Description = "Build a throwaway repository from the sample roadmap, commit a dated learning history through the real hook, and report")]
    public int Demo(
        [Option(Description = "Where to build the demo repository (default: a new temp folder)")] string? directory = null,
        [Option(Description = "Explain failures in full")] bool verbose = false) => Output.Guard(verbose, () =>
    {
        var target = directory ?? Path.Combine(Path.GetTempPath(), "roadmap-git-demo-" + Guid.NewGuid().ToString("N")[..8]);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new UsageException($"'{target}' is not empty; give an empty or new folder");
        }

        Output.Info($"building the demo repository in {target}");
        var result = DemoRunner.Run(target, CurrentTool.Command(), line => Output.Info(line.StartsWith(' ') ? line : "commit " + line));
        var firstSections = result.Roadmap.Split("## 💻 3.")[0].TrimEnd();
        Output.Result(firstSections + "\n\n…\n");
        using var repository = GitRepository.Open(target)!;
        Output.Result(TextReportWriter.Write(ProgressReport.From(Engine(repository).Plan(PlanRequest.WorkingTree))));
        Output.Result($"Demo repository: {target}\nLook around: cd {target} && git log --stat (and, with the tool installed, roadmap-git explain HTTP)");
        return ExitCodes.Success;
    });

    private static GitRepository OpenRepository() =>
        GitRepository.Open(Directory.GetCurrentDirectory()) ?? throw Fail.NotInsideRepository();

    private static RoadmapEngine Engine(GitRepository repository) =>
        new(repository, repository.History, ConfigLoader.Load(repository.WorkingDirectory), TimeProvider.System);

    private static void Warn(EnginePlan plan, bool verbose)
    {
        foreach (var diagnostic in plan.Diagnostics.Where(d => verbose || d.Severity == Severity.Warning))
        {
            Output.Diagnostic(diagnostic);
        }
    }
}
