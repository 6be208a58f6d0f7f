namespace RoadmapGit.Core.Inference;

/// <summary>What one version of a note means for its topic.</summary>
public enum ContentState
{
    Missing,
    Stub,
    NotStarted,
    InProgress,
    Complete,
    Skipped,
}
