namespace RoadmapGit.CommandLine;

/// <summary>A command: its description, and what it does with a parsed command line.</summary>
internal interface ICommand
{
    CommandSpec Spec { get; }

    /// <returns>The exit code.</returns>
    int Run(CommandInput input);
}
