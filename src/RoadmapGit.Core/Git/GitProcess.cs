namespace RoadmapGit.Core.Git;

/// <summary>
/// Runs the git command line, for what only git itself answers (where hooks live) and for the
/// demo's real commits. Variables that would point git at another repository or index are dropped.
/// </summary>
internal static class GitProcess
{
    public static (int ExitCode, string Output, string Error) Run(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        ChildProcess.Run("git", workingDirectory, args, variables =>
        {
            DropRepositoryVariables(variables);
            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                variables[key] = value;
            }
        });

    /// <summary>A hook inherits variables that point at the repository and index of the commit being made.</summary>
    public static void DropRepositoryVariables(IDictionary<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        variables.Remove("GIT_DIR");
        variables.Remove("GIT_INDEX_FILE");
        variables.Remove("GIT_WORK_TREE");
    }
}
