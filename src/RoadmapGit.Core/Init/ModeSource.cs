namespace RoadmapGit.Core.Init;

/// <summary>Where the completion mode <c>init</c> settled on came from.</summary>
public enum ModeSource
{
    /// <summary>Proposed from history.</summary>
    History,

    /// <summary>Asked for on the command line.</summary>
    Option,

    /// <summary>Already set in the config file, and kept.</summary>
    Config,
}
