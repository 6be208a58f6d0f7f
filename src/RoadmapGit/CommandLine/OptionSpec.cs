namespace RoadmapGit.CommandLine;

/// <summary>
/// One <c>--name</c> option. Without a <see cref="ValueName"/> it is a flag; with
/// <see cref="Values"/> it takes one of them, matched in any case.
/// </summary>
internal sealed record OptionSpec(string Name, string Description)
{
    public string? ValueName { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    public string? Default { get; init; }

    public bool IsFlag => ValueName is null && Values.Count == 0;

    /// <summary>How the value is shown in help: <c>&lt;text|json&gt;</c> or <c>&lt;folder&gt;</c>.</summary>
    public string Placeholder => Values.Count > 0 ? $"<{string.Join('|', Values)}>" : $"<{ValueName}>";

    public string Label => IsFlag ? "--" + Name : $"--{Name} {Placeholder}";

    public static OptionSpec Flag(string name, string description) => new(name, description);

    public static OptionSpec Verbose { get; } = Flag("verbose", "Show the details of a failure");
}
