using RoadmapGit.Core.Hooks;

namespace RoadmapGit;

/// <summary>How a hook can start this same roadmap-git again: its executable, or <c>dotnet</c> and its assembly.</summary>
internal static class CurrentTool
{
    public static ToolCommand Command()
    {
        var executable = Environment.ProcessPath ?? "roadmap-git";
        var isDotnetHost = Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        return new ToolCommand(executable, isDotnetHost ? typeof(CurrentTool).Assembly.Location : null);
    }
}
