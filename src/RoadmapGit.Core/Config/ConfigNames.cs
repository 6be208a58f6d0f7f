using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Config;

/// <summary>The names the config file, the schema and the command line give the completion modes.</summary>
public static class ConfigNames
{
    public static IReadOnlyList<string> CompletionModes { get; } = ["marked", "written"];

    public static string Of(CompletionMode mode) => mode == CompletionMode.Written ? "written" : "marked";

    public static bool TryCompletion(string name, out CompletionMode mode)
    {
        mode = name == "written" ? CompletionMode.Written : CompletionMode.Marked;
        return CompletionModes.Contains(name);
    }
}
