namespace RoadmapGit.Core.Markdown;

/// <summary>A heading's title and the offsets its section spans.</summary>
internal sealed record Section(string Title, int Start, int End);
