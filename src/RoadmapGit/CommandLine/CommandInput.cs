namespace RoadmapGit.CommandLine;

/// <summary>A parsed command line, with where the command runs and where it writes.</summary>
internal sealed class CommandInput(
    IReadOnlyDictionary<string, string?> options, IReadOnlyList<string> arguments, string workingDirectory, Output output)
{
    public string WorkingDirectory { get; } = workingDirectory;

    public Output Output { get; } = output;

    public bool Verbose => Has("verbose");

    public bool Has(string option) => options.ContainsKey(option);

    /// <summary>The option's value, in the spelling its spec lists when it has a list.</summary>
    public string? Value(string option) => options.GetValueOrDefault(option);

    public string Argument(int index) => arguments[index];
}
