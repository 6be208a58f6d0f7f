using RoadmapGit.Core.Hooks;

namespace RoadmapGit;

/// <summary>How a hook can start this same roadmap-git again: its executable, or <c>dotnet</c> and its assembly.</summary>
internal static class CurrentTool
{
    public static ToolCommand Command()
    {
        var executable = Environment.ProcessPath ?? ToolStore.CommandName;
        var isDotnetHost = Path.GetFileNameWithoutExtension(executable).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        return isDotnetHost
            ? new ToolCommand(executable, Path.Combine(AppContext.BaseDirectory, typeof(CurrentTool).Assembly.GetName().Name + ".dll"))
            : new ToolCommand(ToolStore.CommandFor(executable) ?? executable, null);
    }
}
