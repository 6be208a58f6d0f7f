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

            // The scaling pair is measured with its base, round by round, so the ratios come from one stretch of time.
            IReadOnlyList<TargetResult> scalingResults = [];
            if (options.Scaling is { } doubled)
            {
                var kinds = new[] { RunKind.Baseline, RunKind.Cold, RunKind.Warm };
                var together = new[] { doubled, doubled.WithNotesDoubled(), doubled.WithCommitsDoubled() }
                    .Select(size => Generate(options, size, kinds, log)).ToList();
                scalingResults = meter.MeasureTogether(together);
                results.AddRange(scalingResults.Skip(1));
                if (!options.Keep)
                {
                    together.ForEach(target => Directory.Delete(target.Directory, recursive: true));
                }
            }

            return new BenchReport(Machine.Describe(), built, load, Machine.Load(), results, scalingResults);
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
        var target = Generate(options, size, kinds, log);
        var result = meter.Measure(target);
        if (!options.Keep)
        {
            Directory.Delete(target.Directory, recursive: true);
        }

        return result;
    }

    private static BenchTarget Generate(HarnessOptions options, RepositorySize size, IReadOnlyList<RunKind> kinds, TextWriter log)
    {
        var name = size.Name.Replace(' ', '-').Replace("×", "x", StringComparison.Ordinal);
        var directory = Path.Combine(options.WorkDirectory, "repositories", name);
        if (Directory.Exists(directory))
        {
            // The scaling base was measured once already with every size; it is made again for the pair.
            directory = Path.Combine(options.WorkDirectory, "repositories", name + "-scaling");
        }

        log.WriteLine($"generating {size}");
        var target = Targets.Generated(directory, size, options.Seed, kinds);
        log.WriteLine($"{target.Label}: {target.Made}, {target.NoteCommits:N0} commits touch the notes");
        return target;
    }
}
