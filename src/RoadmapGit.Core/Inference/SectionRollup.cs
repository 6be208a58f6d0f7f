namespace RoadmapGit.Core.Inference;

/// <summary>
/// The values of a section's overall line. Skipped topics do not count. Estimated Finish is the
/// latest finish once everything is done; before that, for a section in scope, a forecast: the
/// topics still open in this section and every section above it, at the measured pace, counted
/// from the as-of day.
/// </summary>
public sealed record SectionRollup(TopicStatus Status, DateOnly? Start, DateOnly? Finish, bool FinishIsForecast)
{
    public static SectionRollup Of(
        IReadOnlyList<(TopicStatus Status, DateOnly? Start, DateOnly? Finish)> topics,
        int openUpToHere, Pace? pace, DateOnly asOf, ForecastScope scope)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var counted = topics.Where(t => t.Status != TopicStatus.Skipped).ToList();
        var status = counted.Count > 0 && counted.All(t => t.Status == TopicStatus.Completed) ? TopicStatus.Completed
            : counted.All(t => t.Status == TopicStatus.NotStarted) ? TopicStatus.NotStarted
            : TopicStatus.InProgress;
        var starts = counted.Where(t => t.Start is not null).Select(t => t.Start!.Value).ToList();
        DateOnly? start = starts.Count > 0 ? starts.Min() : null;
        if (status == TopicStatus.Completed)
        {
            var finishes = counted.Where(t => t.Finish is not null).Select(t => t.Finish!.Value).ToList();
            return new SectionRollup(status, start, finishes.Count > 0 ? finishes.Max() : null, false);
        }

        var inScope = scope == ForecastScope.All || (scope == ForecastScope.Started && status != TopicStatus.NotStarted);
        return pace is null || openUpToHere == 0 || !inScope
            ? new SectionRollup(status, start, null, false)
            : new SectionRollup(status, start, pace.Forecast(openUpToHere, asOf), true);
    }
}
