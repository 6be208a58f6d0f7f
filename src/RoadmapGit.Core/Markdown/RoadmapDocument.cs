using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Markdown;

/// <summary>What a roadmap file holds: its roadmap tables and overall lines, with source spans.</summary>
public sealed record RoadmapDocument(
    string Path,
    string Text,
    IReadOnlyList<RoadmapTable> Tables,
    IReadOnlyList<OverallLine> OverallLines,
    IReadOnlyList<string> LegendLabels,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public IEnumerable<RoadmapRow> Rows => Tables.SelectMany(t => t.Rows);
}
