namespace RoadmapGit.Core.History;

public enum VersionKind
{
    Added,
    Modified,
    Renamed,
    Deleted,

    /// <summary>The version in the index that the commit being made will record.</summary>
    Staged,
}
