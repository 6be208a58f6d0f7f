namespace RoadmapGit.Core.Ownership;

/// <summary>Where a cell's value comes from, and so whether roadmap-git may write it.</summary>
public enum CellSource
{
    /// <summary>Inferred from the notes' history; roadmap-git writes it.</summary>
    Inferred,

    /// <summary>Written by the learner; kept as written.</summary>
    Hand,

    /// <summary>History is cut before the date it needs; the table's value is kept.</summary>
    HistoryCut,

    /// <summary>The row links a note that is not there (renamed, mistyped): its cells are kept as written.</summary>
    MissingNote,
}
