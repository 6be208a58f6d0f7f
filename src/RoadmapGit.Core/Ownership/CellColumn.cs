namespace RoadmapGit.Core.Ownership;

/// <summary>The cells of a row that roadmap-git fills.</summary>
public enum CellColumn
{
    Status,
    Start,
    Finish,
}
