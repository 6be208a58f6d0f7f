using RoadmapGit.Bench.Generation;

namespace RoadmapGit.Bench.Harness;

/// <summary>
/// One harness run, in one go: install the tool (unless given), then measure the demo
/// repository, each generated size, and the scaling pair (notes doubled, commits doubled).
/// </summary>
internal static class BenchRunner
{
    public static BenchReport Run(HarnessOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(options.WorkDirectory);
        var load = Machine.Load();
        var built = options.Tool is null ? ToolInstaller.Describe() : "the installed tool given with --tool";
        try
        {
            var tool = options.Tool ?? ToolInstaller.PackAndInstall(options.WorkDirectory, log);
            var meter = new TargetMeter(options, tool, log);
            var results = new List<TargetResult>
            {
                meter.Measure(Targets.Demo(Path.Combine(options.WorkDirectory, "demo"), tool)),
            };
            var sizes = options.Sizes.ToList();
            if (options.Scaling is { } scaling && !sizes.Any(s => s.Name == scaling.Name))
            {
                sizes.Add(scaling);
            }

            foreach (var size in sizes)
            {
                results.Add(MeasureGenerated(options, meter, size, RunKinds.All, log));
            }

            var variants = new List<string>();
            if (options.Scaling is { } doubled)
            {
                foreach (var size in new[] { doubled.WithNotesDoubled(), doubled.WithCommitsDoubled() })
                {
                    results.Add(MeasureGenerated(options, meter, size, [RunKind.Baseline, RunKind.Cold, RunKind.Warm], log));
                    variants.Add(size.Name);
                }
            }

            return new BenchReport(Machine.Describe(), built, load, Machine.Load(), results, options.Scaling?.Name, variants);
        }
        finally
        {
            if (!options.Keep)
            {
                Directory.Delete(options.WorkDirectory, recursive: true);
            }
        }
    }

    private static TargetResult MeasureGenerated(HarnessOptions options, TargetMeter meter, RepositorySize size, IReadOnlyList<RunKind> kinds, TextWriter log)
    {
        var directory = Path.Combine(options.WorkDirectory, "repositories", size.Name.Replace(' ', '-').Replace("×", "x", StringComparison.Ordinal));
        log.WriteLine($"generating {size}");
        var target = Targets.Generated(directory, size, options.Seed, kinds);
        log.WriteLine($"{target.Label}: {target.Made}, {target.NoteCommits:N0} commits touch the notes");
        var result = meter.Measure(target);
        if (!options.Keep)
        {
            Directory.Delete(directory, recursive: true);
        }

        return result;
    }
}
