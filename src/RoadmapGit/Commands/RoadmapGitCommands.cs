using RoadmapGit.CommandLine;

namespace RoadmapGit.Commands;

/// <summary>Every command of the tool, in the order help lists them. A new command is one line here.</summary>
internal static class RoadmapGitCommands
{
    public static CommandTable Table { get; } = new(
        [
            new InitCommand(),
            new UpdateCommand(),
            new ReportCommand(),
            new ExplainCommand(),
            new DoctorCommand(),
            new DemoCommand(),
            new HookInstallCommand(),
            new HookUninstallCommand(),
            new HookRunCommand(),
        ],
        new Dictionary<string, string> { ["hook"] = "Install or remove the pre-commit hook" })
    {
        Examples =
        [
            new("Adopt the roadmap kept in this repository", "roadmap-git init"),
            new("See how far you are, and when you will be done", "roadmap-git report"),
            new("Fail a CI build when the roadmap is stale", "roadmap-git update --check"),
        ],
    };
}
