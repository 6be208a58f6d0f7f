using RoadmapGit.Core.Git;

namespace RoadmapGit.Core.Demo;

/// <summary>Runs git in the demo repository, with an identity of its own (the machine may have none).</summary>
internal sealed class GitCli(string workingDirectory)
{
    public string Run(string? date, params string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = "roadmap-git demo",
            ["GIT_AUTHOR_EMAIL"] = "demo@roadmap-git.invalid",
            ["GIT_COMMITTER_NAME"] = "roadmap-git demo",
            ["GIT_COMMITTER_EMAIL"] = "demo@roadmap-git.invalid",
        };
        if (date is not null)
        {
            environment["GIT_AUTHOR_DATE"] = date;
            environment["GIT_COMMITTER_DATE"] = date;
        }

        var (code, output, error) = GitProcess.Run(workingDirectory, environment, args);
        return code == 0 ? output + error : throw new UsageException($"git {string.Join(' ', args)} failed: {error.Trim()}");
    }
}
