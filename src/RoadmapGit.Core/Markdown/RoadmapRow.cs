namespace RoadmapGit.Core.Markdown;

/// <summary>A data row of a roadmap table; <see cref="Note"/> is null when no link leads into the repository.</summary>
/// <param name="Shifted">Its cells cannot be matched to the header (a doubled or unescaped pipe): never read or written.</param>
public sealed record RoadmapRow(TableLine Line, string Topic, NoteLink? Note, string Section, bool Shifted = false);
