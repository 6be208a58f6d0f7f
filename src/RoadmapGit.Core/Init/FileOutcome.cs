namespace RoadmapGit.Core.Init;

/// <summary>What <c>init</c> did to one file.</summary>
public enum FileOutcome
{
    Created,

    /// <summary>An existing file changed: keys added to the config, or a newer schema copied.</summary>
    Updated,
    Unchanged,
}
