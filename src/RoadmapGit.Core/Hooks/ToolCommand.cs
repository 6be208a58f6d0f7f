namespace RoadmapGit.Core.Hooks;

/// <summary>How the hook can start this very roadmap-git: an executable, and the assembly when that executable is <c>dotnet</c>.</summary>
public sealed record ToolCommand(string Executable, string? Assembly);
