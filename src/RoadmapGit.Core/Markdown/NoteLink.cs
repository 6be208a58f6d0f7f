using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>A link in a row whose target is a file inside the repository.</summary>
/// <param name="Path">Repository-relative path with forward slashes.</param>
/// <param name="UrlSpan">Where the link target is written, so a rename can rewrite it.</param>
/// <param name="Url">The target as written.</param>
/// <param name="Span">The whole link as written on the row, text and target.</param>
public sealed record NoteLink(string Path, TextSpan UrlSpan, string Url, TextSpan Span = default);
