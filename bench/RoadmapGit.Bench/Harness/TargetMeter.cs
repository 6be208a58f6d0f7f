using System.Globalization;
using RoadmapGit.Bench.Measuring;

namespace RoadmapGit.Bench.Harness;

/// <summary>
/// Measures one repository: the git log baseline, a cold and a warm <c>update</c>, interleaved
/// round by round after a warm-up round; then the hook with one note change staged, on the
/// roadmap as a learner who uses the hook has it: brought up to date and committed; then the
/// same hook with the note's previous change committed before each run. Repositories compared
/// with each other (the scaling pair) are measured together, round by round, so that a machine
/// that slows down for a minute slows every one of them alike.
/// </summary>
internal sealed class TargetMeter(HarnessOptions options, string tool, TextWriter log)
{
    /// <summary>The date the commit being made would carry; after every generated history.</summary>
    private const string HookDate = "2030-01-07T09:30:00+03:00";

    /// <summary>The day the roadmap was brought up to date before the hook runs: after history, before the hook's commit.</summary>
    private const string UpToDateDate = "2030-01-06T20:00:00+03:00";

    /// <summary>Where the tool keeps its cache, under the repository's git directory; removed for a cold run.</summary>
    private const string CacheFolder = "roadmap-git";

    /// <summary>The repositories whose last cold run finished, leaving a cache for a warm one.</summary>
    private readonly HashSet<BenchTarget> _coldFinished = [];

    public TargetResult Measure(BenchTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var results = target.Kinds.ToDictionary(k => k, k => new KindResult(k));
        Rounds([(target, results)], target.Kinds.Where(k => !RunKinds.IsHook(k)).ToList());
        var hooks = target.Kinds.Where(RunKinds.IsHook).ToList();
        if (hooks.Count > 0)
        {
            var generated = Git.Run(target.Directory, "rev-parse", "HEAD").Trim();
            try
            {
                BringUpToDate(target);
                StageNote(target);
                foreach (var hook in hooks)
                {
                    Rounds([(target, results)], [hook]);
                }
            }
            finally
            {
                Git.Run(target.Directory, "reset", "-q", "--hard", generated);
                Restore(target.Directory);
            }
        }

        return new TargetResult(target, results);
    }

    /// <summary>Measures several repositories together, round by round: every kind of run but the hook's.</summary>
    public IReadOnlyList<TargetResult> MeasureTogether(IReadOnlyList<BenchTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var measured = targets.Select(t => (Target: t, Results: t.Kinds.ToDictionary(k => k, k => new KindResult(k)))).ToList();
        Rounds(measured, targets.SelectMany(t => t.Kinds).Where(k => !RunKinds.IsHook(k)).Distinct().ToList());
        return [.. measured.Select(m => new TargetResult(m.Target, m.Results))];
    }

    private void Rounds(IReadOnlyList<(BenchTarget Target, Dictionary<RunKind, KindResult> Results)> targets, IReadOnlyList<RunKind> kinds)
    {
        var rounds = options.Runs + (options.Quick ? 0 : 1);
        for (var round = 0; round < rounds; round++)
        {
            var warmUp = !options.Quick && round == 0;
            foreach (var (target, results) in targets)
            {
                foreach (var kind in kinds)
                {
                    if (!results.TryGetValue(kind, out var result) || result.Done)
                    {
                        continue;
                    }

                    if (kind == RunKind.Warm && !_coldFinished.Contains(target))
                    {
                        result.Skip("the cold run did not finish, so there is no cache to be warm from");
                        continue;
                    }

                    var measurement = RunOnce(target, kind);
                    if (kind == RunKind.Cold)
                    {
                        _ = measurement.Succeeded ? _coldFinished.Add(target) : _coldFinished.Remove(target);
                    }

                    Report(target, kind, measurement, warmUp);
                    // Only the first run decides that one run is enough; a later slow run is noise from elsewhere.
                    var slow = round == 0 && measurement.Elapsed > options.SingleRunAbove;
                    if (!warmUp || slow || !measurement.Succeeded)
                    {
                        result.Add(measurement, last: round == rounds - 1 || slow);
                    }
                }
            }
        }
    }

    private Measurement RunOnce(BenchTarget target, RunKind kind)
    {
        var directory = target.Directory;
        switch (kind)
        {
            case RunKind.Baseline:
                return ProcessMeter.Run("git", ["log", "--format=%H%x09%aI", "--name-status", "--", .. target.NoteFolders], directory, options.Bound);
            case RunKind.Hook:
                return ProcessMeter.Run(tool, ["hook", "run", "pre-commit"], directory, options.Bound, environment => environment["GIT_AUTHOR_DATE"] = HookDate);
            case RunKind.HookAfterCommit:
                // What the last run staged is committed (without the hook, outside the timing) and the next change staged.
                Git.Commit(directory, "More on the note", HookDate);
                StageNote(target);
                return ProcessMeter.Run(tool, ["hook", "run", "pre-commit"], directory, options.Bound, environment => environment["GIT_AUTHOR_DATE"] = HookDate);
            default:
                if (kind == RunKind.Cold)
                {
                    var cache = Path.Combine(directory, ".git", CacheFolder);
                    if (Directory.Exists(cache))
                    {
                        Directory.Delete(cache, recursive: true);
                    }
                }

                var measurement = ProcessMeter.Run(tool, ["update"], directory, options.Bound);
                Restore(directory);
                return measurement;
        }
    }

    /// <summary>Puts the work tree and index back as HEAD has them (the roadmap, the record of written cells), so every run does the same work.</summary>
    private static void Restore(string directory)
    {
        Git.Run(directory, "reset", "-q", "--hard");
        Git.Run(directory, "clean", "-q", "-f", "-d");
    }

    /// <summary>
    /// Commits what <c>update</c> writes (the roadmap, the record of written cells): a generated
    /// roadmap has never been kept by the tool, so without this every hook run would be a first
    /// adoption rewriting every row, not the commit of one note a learner makes every day.
    /// </summary>
    private void BringUpToDate(BenchTarget target)
    {
        var update = ProcessMeter.Run(tool, ["update"], target.Directory, options.Bound);
        if (!update.Succeeded)
        {
            throw new InvalidOperationException("roadmap-git update failed before the hook runs");
        }

        if (Git.Run(target.Directory, "status", "--porcelain").Length == 0)
        {
            return;
        }

        Git.Run(target.Directory, "add", "-A");
        Git.Commit(target.Directory, "Roadmap brought up to date", UpToDateDate);
    }

    /// <summary>Adds a paragraph to a note with content and stages it, as a learner does before committing.</summary>
    private static void StageNote(BenchTarget target)
    {
        var path = Path.Combine(target.Directory, target.StagedNote);
        File.AppendAllText(path, "\nOne more paragraph, written today, about what was learned.\n");
        Git.Run(target.Directory, "add", "--", target.StagedNote);
    }

    private void Report(BenchTarget target, RunKind kind, Measurement measurement, bool warmUp)
    {
        var outcome = measurement.TimedOut ? $"> {Format.Time(options.Bound)} (killed)"
            : measurement.Succeeded ? Format.Time(measurement.Elapsed)
            : $"failed (exit {measurement.ExitCode}): {measurement.Error}";
        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{target.Label}: {RunKinds.Label(kind)}{(warmUp ? " (warm-up)" : string.Empty)}: {outcome}, {(measurement.PeakIsBound ? "≤ " : string.Empty)}{Format.Memory(measurement.PeakRssKiB)}"));
    }
}
