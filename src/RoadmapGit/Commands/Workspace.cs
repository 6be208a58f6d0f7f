using RoadmapGit.CommandLine;
using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Commands;

/// <summary>What the commands that read a roadmap share: its repository, its engine, its warnings.</summary>
internal static class Workspace
{
    /// <summary>The repository git would use here (<c>GIT_DIR</c>, <c>GIT_WORK_TREE</c> and <c>GIT_CEILING_DIRECTORIES</c> honoured), on <paramref name="indexFile"/> when given.</summary>
    public static GitRepository OpenRepository(string workingDirectory, string? indexFile = null)
    {
        var repository = GitRepository.Open(
            workingDirectory, indexFile is null ? null : Path.GetFullPath(indexFile, workingDirectory),
            Environment.GetEnvironmentVariable("GIT_DIR"), Environment.GetEnvironmentVariable("GIT_WORK_TREE"),
            Environment.GetEnvironmentVariable("GIT_CEILING_DIRECTORIES"))
            ?? throw Fail.NotInsideRepository();
        CollectionBudget.KeepOnlyFromCache(repository);
        return repository;
    }

    public static RoadmapEngine Engine(GitRepository repository) =>
        new(repository, repository.History, ConfigLoader.Load(repository.WorkingDirectory), TimeProvider.System);

    /// <summary>What the learner must act on; with <c>--verbose</c>, every finding.</summary>
    public static void Warn(EnginePlan plan, CommandInput input)
    {
        foreach (var diagnostic in plan.Diagnostics.Where(d => input.Verbose || d.Severity == Severity.Warning))
        {
            input.Output.Diagnostic(diagnostic);
        }
    }
}
