namespace RoadmapGit.Core.Diagnostics;

/// <summary>How loudly a finding is shown.</summary>
public enum Severity
{
    /// <summary>Worth knowing when asked (<c>--verbose</c>, <c>doctor</c>): nothing to act on.</summary>
    Info,

    /// <summary>Something the learner should act on: shown by default, by the hook too.</summary>
    Warning,
}
