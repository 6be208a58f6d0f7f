namespace RoadmapGit.Core.Text;

/// <summary>Replace the text of <see cref="Span"/> with <see cref="NewText"/>.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);
