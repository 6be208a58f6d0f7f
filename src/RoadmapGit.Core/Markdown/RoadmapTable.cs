namespace RoadmapGit.Core.Markdown;

/// <summary>A pipe table recognised as a roadmap table, with the column widths it keeps aligned.</summary>
public sealed record RoadmapTable(
    TableLine Header,
    TableLine? Delimiter,
    IReadOnlyList<RoadmapRow> Rows,
    ColumnMap Columns,
    IReadOnlySet<int> AlignedColumns,
    string Section);
