using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// One cell of a table row: <see cref="Segment"/> is everything between its two pipes (padding
/// included), <see cref="Content"/> the text inside the padding.
/// </summary>
public sealed record TableCell(TextSpan Segment, TextSpan Content, string Text);
