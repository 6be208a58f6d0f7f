namespace RoadmapGit.Core.Ownership;

/// <summary>How one cell of a row ends up: where its value comes from, and why.</summary>
/// <param name="Edit">For a hand value: the edit that wrote it.</param>
public sealed record CellValue(CellSource Source, string Why, HandEdit? Edit = null)
{
    /// <summary>True when roadmap-git must leave the cell exactly as written.</summary>
    public bool Kept => Source is not CellSource.Inferred;
}
