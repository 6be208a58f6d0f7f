using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Report;

/// <summary>The progress report's numbers, built from one engine run; writers only format them.</summary>
public sealed record ProgressReport(
    DateOnly AsOf,
    IReadOnlyList<TopicLine> Topics,
    IReadOnlyList<SectionLine> Sections,
    Pace? Pace,
    DateOnly? Forecast)
{
    public const int StaleAfterDays = 14;
    public const int RecentDays = 14;

    public int Counted => Sections.Sum(s => s.Counted);

    public int Completed => Sections.Sum(s => s.Completed);

    public int InProgressCount => Sections.Sum(s => s.InProgress);

    public int Percent => Counted == 0 ? 0 : (int)Math.Round(100.0 * Completed / Counted);

    public IEnumerable<TopicLine> InProgress => Topics.Where(t => t.Status == TopicStatus.InProgress);

    public IEnumerable<TopicLine> Stale => InProgress.Where(t => t.LastWork is { } d && AsOf.DayNumber - d.DayNumber >= StaleAfterDays);

    public IEnumerable<TopicLine> RecentlyFinished => Topics
        .Where(t => t.Status == TopicStatus.Completed && t.Finish is { } f && AsOf.DayNumber - f.DayNumber < RecentDays)
        .OrderByDescending(t => t.Finish);

    public static ProgressReport From(EnginePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var rows = plan.Files.SelectMany(f => f.Result.Rows).ToList();
        var topics = rows.Select(r => new TopicLine(
            r.Row.Topic, r.Row.Section, r.Result.NotePath, r.Status, r.Start, r.Status == TopicStatus.Completed ? r.Finish : null,
            r.Result.Timeline.LastOrDefault(e => e.SkipReason is null)?.Version.Day, HandWritten(r.Values))).ToList();
        var sections = topics
            .GroupBy(t => t.Section)
            .Select(g => new SectionLine(
                g.Key,
                g.Count(t => t.Status != TopicStatus.Skipped),
                g.Count(t => t.Status == TopicStatus.Completed),
                g.Count(t => t.Status == TopicStatus.InProgress),
                g.Count(t => t.Status == TopicStatus.Skipped)))
            .ToList();
        var pace = plan.Files.Select(f => f.Result.Pace).FirstOrDefault(p => p is not null);
        var open = topics.Count(t => t.Status is TopicStatus.NotStarted or TopicStatus.InProgress);
        DateOnly? forecast = pace is not null && open > 0 ? pace.Forecast(open, plan.AsOf) : null;
        return new ProgressReport(plan.AsOf, topics, sections, pace, forecast);
    }

    private static List<(CellColumn, HandEdit?)> HandWritten(RowValues values) =>
        new[] { (CellColumn.Status, values.StatusCell), (CellColumn.Start, values.StartCell), (CellColumn.Finish, values.FinishCell) }
            .Where(c => c.Item2.Source == CellSource.Hand)
            .Select(c => (c.Item1, c.Item2.Edit))
            .ToList();
}
