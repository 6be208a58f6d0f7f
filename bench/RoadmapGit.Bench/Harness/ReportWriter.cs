using System.Globalization;
using System.Text;

namespace RoadmapGit.Bench.Harness;

/// <summary>
/// The harness's result as markdown to paste into the docs: the repositories, one row per
/// repository and kind of run (median time, ratio to git log, peak memory and its ratio), and
/// the scaling rows.
/// </summary>
internal static class ReportWriter
{
    public const string NotRun = "not run";
    public const string Failed = "failed";

    public static string Write(BenchReport report, HarnessOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Machine: {report.Machine}.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Tool: {report.Tool}.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Load average (one minute) at the start and the end of the run: {report.LoadAtStart} and {report.LoadAtEnd}.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{Method(options)}\n\n");
        Repositories(text, report);
        Results(text, report, options);
        Scaling(text, report);
        return text.ToString();
    }

    private static string Method(HarnessOptions options) => options.Quick
        ? "Quick mode: one run of each kind, no warm-up; the times mean nothing."
        : string.Create(
            CultureInfo.InvariantCulture,
            $"Medians of {options.Runs} runs after one warm-up run; a run over {Format.Time(options.SingleRunAbove)} is measured once, and one over {Format.Time(options.Bound)} is killed. ")
          + "Time is wall-clock, from spawning the process to its exit. Peak memory is the largest of each process's peak resident set (VmHWM sampled from /proc every 1-5 ms, " +
            "or wait4's figure where it is the process's own) and the largest sum over the process tree at one moment: a child git counts with the tool.";

    private static void Repositories(StringBuilder text, BenchReport report)
    {
        text.Append("| repository | commits | notes | commits touching notes | made |\n|---|---:|---:|---:|---|\n");
        foreach (var target in report.Targets.Select(t => t.Target))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {target.Label} | {Format.Count(target.Commits)} | {Format.Count(target.Notes)} | {Format.Count(target.NoteCommits)} | {target.Made} |\n");
        }

        text.Append('\n');
    }

    private static void Results(StringBuilder text, BenchReport report, HarnessOptions options)
    {
        var notes = new List<string>();
        text.Append("| repository | run | runs | median | × git log | peak memory | × git log |\n|---|---|---:|---:|---:|---:|---:|\n");
        foreach (var (target, results) in report.Targets)
        {
            var baseline = results.GetValueOrDefault(RunKind.Baseline);
            foreach (var kind in RunKinds.All.Where(results.ContainsKey))
            {
                var result = results[kind];
                var (median, ratio) = Time(result, baseline, options.Bound);
                var (memory, memoryRatio) = Memory(result, baseline);
                text.Append(CultureInfo.InvariantCulture, $"| {target.Label} | {RunKinds.Label(kind)} | {result.Runs.Count} | {median} | {ratio} | {memory} | {memoryRatio} |\n");
                if (result.NotRun is { } reason)
                {
                    notes.Add($"{target.Label}, {RunKinds.Label(kind)}: not run, {reason}.");
                }
                else if (result.Failure is { } failure)
                {
                    notes.Add($"{target.Label}, {RunKinds.Label(kind)}: exit {failure.ExitCode}: {failure.Error.ReplaceLineEndings(" ")}");
                }
            }
        }

        text.Append('\n');
        foreach (var note in notes)
        {
            text.Append(note).Append("\n\n");
        }
    }

    private static (string Median, string Ratio) Time(KindResult result, KindResult? baseline, TimeSpan bound)
    {
        var reference = baseline?.Median;
        if (result.NotRun is not null)
        {
            return (NotRun, "—");
        }

        if (result.TimedOut)
        {
            return ($"> {Format.Time(bound)}", reference is { } b ? "> " + Format.Ratio(bound / b) : "—");
        }

        if (result.Failure is { } failure)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"{Failed} (exit {failure.ExitCode})"), "—");
        }

        var median = result.Median!.Value;
        return (Format.Time(median), reference is { } r ? Format.Ratio(median / r) : "—");
    }

    private static (string Memory, string Ratio) Memory(KindResult result, KindResult? baseline)
    {
        if (result.Runs.Count == 0)
        {
            return ("—", "—");
        }

        var prefix = result.PeakIsBound ? "≤ " : result.TimedOut ? "≥ " : string.Empty;
        var reference = baseline is { Runs.Count: > 0, PeakIsBound: false } && !result.PeakIsBound ? baseline.PeakRssKiB : 0;
        var ratio = reference > 0 ? prefix + Format.Ratio((double)result.PeakRssKiB / reference) : "—";
        return (prefix + Format.Memory(result.PeakRssKiB), ratio);
    }

    private static void Scaling(StringBuilder text, BenchReport report)
    {
        if (report.Scaling is not [var root, _, ..])
        {
            return;
        }

        var rootCold = root.Results[RunKind.Cold].Median;
        var rootBaseline = root.Results[RunKind.Baseline].Median;
        text.Append(CultureInfo.InvariantCulture, $"Scaling of the cold update from {root.Target.Label}, the three repositories measured together, round by round:\n\n");
        text.Append(CultureInfo.InvariantCulture, $"| repository | commits | notes | commits touching notes | update, cold | × {root.Target.Label} | git log × {root.Target.Label} | commits touching notes × {root.Target.Label} |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var row in report.Scaling)
        {
            var target = row.Target;
            var cold = row.Results[RunKind.Cold];
            var time = cold.Median is { } median ? Format.Time(median) : cold.TimedOut ? "> bound" : NotRun;
            var ratio = cold.Median is { } m && rootCold is { } r ? Format.Ratio(m / r) : "—";
            var baseline = row.Results[RunKind.Baseline].Median is { } b && rootBaseline is { } rb ? Format.Ratio(b / rb) : "—";
            var touching = Format.Ratio((double)target.NoteCommits / root.Target.NoteCommits);
            text.Append(CultureInfo.InvariantCulture, $"| {target.Label} | {Format.Count(target.Commits)} | {Format.Count(target.Notes)} | {Format.Count(target.NoteCommits)} | {time} | {ratio} | {baseline} | {touching} |\n");
        }

        text.Append('\n');
    }
}
