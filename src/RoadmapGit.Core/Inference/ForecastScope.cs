namespace RoadmapGit.Core.Inference;

/// <summary>Which sections' overall lines get an Estimated Finish before they are complete.</summary>
public enum ForecastScope
{
    /// <summary>Sections with a topic begun; the placeholder elsewhere.</summary>
    Started,

    /// <summary>Every section, begun or not.</summary>
    All,

    /// <summary>None: the placeholder until a section is complete.</summary>
    None,
}
