namespace RoadmapGit.CommandLine;

/// <summary>One required positional argument, shown as <c>&lt;name&gt;</c>.</summary>
internal sealed record ArgumentSpec(string Name, string Description)
{
    /// <summary>Accepted values, matched in any case; empty for free text.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    public string Label => $"<{Name}>";
}
