using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>A value written after a label on the overall line (<c>**Start:** 09.02.2026</c>).</summary>
public sealed record LabeledValue(TextSpan Span, string Text);
