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

    /// <summary>The state a name spells, or null for a name that is none of them.</summary>
    public static TopicStatus? Parse(ReadOnlySpan<char> name) => name switch
    {
        "not-started" => TopicStatus.NotStarted,
        "in-progress" => TopicStatus.InProgress,
        "completed" => TopicStatus.Completed,
        "skipped" => TopicStatus.Skipped,
        _ => null,
    };
}
