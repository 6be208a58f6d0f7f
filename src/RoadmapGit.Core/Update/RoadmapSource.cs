namespace RoadmapGit.Core.Update;

public enum RoadmapSource
{
    /// <summary>The roadmap as it is in the working tree; history from HEAD.</summary>
    WorkingTree,

    /// <summary>The roadmap as staged; history from HEAD plus the staged change (the pre-commit hook).</summary>
    Index,
}
