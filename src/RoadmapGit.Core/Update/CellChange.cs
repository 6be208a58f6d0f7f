namespace RoadmapGit.Core.Update;

/// <summary>One value a rewrite changes, as the hook's summary, <c>--check</c> and <c>doctor</c> read it.</summary>
/// <param name="Line">One-based line of the roadmap file.</param>
/// <param name="Topic">The row's topic, or the section's title for an overall line.</param>
/// <param name="Note">The row's note, or null for an overall line.</param>
/// <param name="Old">The value as written before (trimmed).</param>
/// <param name="New">The value written.</param>
/// <param name="Day">The date written into a date cell, or null.</param>
public sealed record CellChange(
    string File, int Line, string Topic, string? Note, ChangedCell Cell, string Old, string New, DateOnly? Day, string Why);
