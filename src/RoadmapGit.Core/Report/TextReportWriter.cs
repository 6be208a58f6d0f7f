using System.Globalization;
using System.Text;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Report;

/// <summary>The report for a terminal: overall and per-section progress, what is open, stale and recently done.</summary>
public static class TextReportWriter
{
    public static string Write(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Roadmap progress as of {Iso(report.AsOf)}"));
        text.AppendLine(Invariant($"Overall: {report.Completed} of {report.Counted} topics completed ({report.Percent}%), {report.InProgressCount} in progress"));
        text.AppendLine();
        text.AppendLine("Sections:");
        var width = report.Sections.Count == 0 ? 0 : report.Sections.Max(s => DisplayWidth.Of(s.Title));
        foreach (var section in report.Sections)
        {
            var title = section.Title + new string(' ', width - DisplayWidth.Of(section.Title));
            text.AppendLine(Invariant($"  {title}  {Bar(section.Percent)} {section.Completed,3}/{section.Counted,-3} {section.Percent,3}%"));
        }

        List("In progress:", report.InProgress.Select(t => Invariant($"{t.Title} (since {Iso(t.Start)})")), text);
        List(Invariant($"Stale (no commit for {ProgressReport.StaleAfterDays}+ days):"), report.Stale.Select(t => Invariant($"{t.Title} (last commit {Iso(t.LastWork)})")), text);
        List(Invariant($"Recently finished (last {ProgressReport.RecentDays} days):"), report.RecentlyFinished.Select(t => Invariant($"{t.Title} ({Iso(t.Finish)})")), text);
        text.AppendLine();
        text.AppendLine(report.Pace is { } pace
            ? Invariant($"Pace: {pace.TopicsPerDay * 7:0.0} topics a week ({pace.Basis})")
            : "Pace: nothing finished yet");
        if (report.Forecast is { } forecast)
        {
            text.AppendLine(Invariant($"Forecast: every topic done around {Iso(forecast)}"));
        }

        return text.ToString();
    }

    private static void List(string heading, IEnumerable<string> items, StringBuilder text)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(heading);
        foreach (var item in list)
        {
            text.AppendLine("  - " + item);
        }
    }

    private static string Bar(int percent)
    {
        var filled = (int)Math.Round(percent / 10.0);
        return new string('█', filled) + new string('░', 10 - filled);
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
