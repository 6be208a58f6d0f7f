namespace RoadmapGit.CommandLine;

/// <summary>
/// What a command accepts and how help describes it. <see cref="Name"/> is the words typed after
/// <c>roadmap-git</c> (<c>hook install</c>); a hidden command works but is listed nowhere.
/// </summary>
internal sealed record CommandSpec(string Name, string Summary)
{
    public IReadOnlyList<ArgumentSpec> Arguments { get; init; } = [];

    public IReadOnlyList<OptionSpec> Options { get; init; } = [OptionSpec.Verbose];

    public IReadOnlyList<Example> Examples { get; init; } = [];

    public bool Hidden { get; init; }

    public string Group => Name.Contains(' ', StringComparison.Ordinal) ? Name[..Name.IndexOf(' ', StringComparison.Ordinal)] : "";
}
