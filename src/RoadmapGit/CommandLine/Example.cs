namespace RoadmapGit.CommandLine;

/// <summary>A command line shown in help, under a line that says what it does.</summary>
internal sealed record Example(string What, string CommandLine);
