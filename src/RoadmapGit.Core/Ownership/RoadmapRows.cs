namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The Status, Start and Finish cell texts of each linked note's rows in one version of a roadmap,
/// by note path, in the order the rows stand (null: the table has no such column, or the row no
/// such cell).
/// </summary>
public sealed class RoadmapRows(Dictionary<string, List<string?[]>> byNote)
{
    public IReadOnlyDictionary<string, List<string?[]>> ByNote => byNote;
}
