using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Init;

/// <summary>A hand-written cell that history does not bear out: what the table says, and what <c>update --rebuild</c> would write.</summary>
/// <param name="Line">One-based line of the row in <paramref name="File"/>.</param>
/// <param name="Since">The edit that wrote the hand value.</param>
public sealed record Disagreement(string File, int Line, string Topic, CellColumn Cell, string TableSays, string HistorySays, HandEdit? Since);
