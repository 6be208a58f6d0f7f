namespace RoadmapGit.Core.Notes;

/// <summary>Where a note says it stands, in its own words; it always beats inference.</summary>
public enum ExplicitState
{
    None,
    NotStarted,
    InProgress,
    Complete,
    Skipped,
}
