namespace RoadmapGit.Core.Report;

/// <summary>The machine-readable names of states, as JSON output spells them.</summary>
public static class StatusNames
{
    /// <summary>Words for people: "in progress".</summary>
    public static string Words(TopicStatus status) => Of(status).Replace('-', ' ');

    public static string Of(TopicStatus status) => status switch
    {
        TopicStatus.NotStarted => "not-started",
        TopicStatus.InProgress => "in-progress",
        TopicStatus.Completed => "completed",
        TopicStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
