using Cocona;
using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Demo;
using RoadmapGit.Core.Git;
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
        [Option(Description = "Explain each inferred value")] bool verbose = false) => Output.Guard(verbose, () =>
    {
        using var repository = OpenRepository();
        var plan = Engine(repository).Plan(RoadmapSource.WorkingTree);
        Warn(plan);
        if (verbose)
        {
            foreach (var row in plan.Files.SelectMany(f => f.Result.Rows))
            {
                Output.Info($"{row.Row.Topic}: {StatusNames.Words(row.Status)}; start {row.Result.Start.Why}; finish {row.Result.Finish.Why}");
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

        foreach (var file in plan.Files)
        {
            if (file.Changed)
            {
                File.WriteAllBytes(Path.Combine(repository.WorkingDirectory, file.Path), file.NewBytes);
            }

            Output.Result(file.Changed ? $"updated {file.Path}" : $"{file.Path} is up to date");
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
        var plan = Engine(repository).Plan(RoadmapSource.WorkingTree);
        Warn(plan);
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
        var plan = Engine(repository).Plan(RoadmapSource.WorkingTree);
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
        var result = DemoRunner.Run(target, CurrentTool.Command(), line => Output.Info("commit " + line));
        var firstSections = result.Roadmap.Split("## 💻 3.")[0].TrimEnd();
        Output.Result(firstSections + "\n\n…\n");
        using var repository = GitRepository.Open(target)!;
        Output.Result(TextReportWriter.Write(ProgressReport.From(Engine(repository).Plan(RoadmapSource.WorkingTree))));
        Output.Result($"Demo repository: {target}\nLook around: cd {target} && git log --stat (and, with the tool installed, roadmap-git explain HTTP)");
        return ExitCodes.Success;
    });

    private static GitRepository OpenRepository() =>
        GitRepository.Open(Directory.GetCurrentDirectory()) ?? throw new UsageException("not inside a git work tree");

    private static RoadmapEngine Engine(GitRepository repository) =>
        new(repository, ConfigLoader.Load(repository.WorkingDirectory));

    private static void Warn(EnginePlan plan)
    {
        foreach (var warning in plan.Warnings)
        {
            Output.Warning(warning);
        }
    }
}
