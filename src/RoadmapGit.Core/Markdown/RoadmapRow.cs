namespace RoadmapGit.Core.Markdown;

/// <summary>A data row of a roadmap table; <see cref="Note"/> is null when no link leads into the repository.</summary>
public sealed record RoadmapRow(TableLine Line, string Topic, NoteLink? Note, string Section);
