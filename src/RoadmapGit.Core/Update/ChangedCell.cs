namespace RoadmapGit.Core.Update;

/// <summary>Which value of the roadmap a change writes.</summary>
public enum ChangedCell
{
    Status,
    Start,
    Finish,

    /// <summary>A row's link to its note, following a staged rename.</summary>
    Link,
    OverallStatus,
    OverallStart,
    OverallFinish,
}
