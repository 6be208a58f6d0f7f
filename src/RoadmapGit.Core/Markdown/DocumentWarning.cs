namespace RoadmapGit.Core.Markdown;

/// <summary>Something in the document the tool left alone, with the one-based line to look at.</summary>
public sealed record DocumentWarning(int Line, string Message);
