namespace RoadmapGit.Core.Markdown;

/// <summary>A pipe table found in the source: its header line, delimiter line and row lines.</summary>
internal sealed record ScannedTable(TableLine Header, TableLine Delimiter, IReadOnlyList<TableLine> Rows);
