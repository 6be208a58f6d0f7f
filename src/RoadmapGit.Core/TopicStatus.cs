namespace RoadmapGit.Core;

/// <summary>Where a topic stands, as written in its Status cell.</summary>
public enum TopicStatus
{
    NotStarted,
    InProgress,
    Completed,
    Skipped,
}
