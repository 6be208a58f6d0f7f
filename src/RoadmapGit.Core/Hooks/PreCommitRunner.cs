using RoadmapGit.Core.Config;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Text;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Hooks;

/// <summary>
/// What the pre-commit hook does: rewrite the staged roadmap from HEAD history plus the staged
/// change, stage it in the index git handed over, and bring the working file along without
/// staging anything the user left unstaged.
/// </summary>
public static class PreCommitRunner
{
    public static PreCommitOutcome Run(string workingDirectory, RoadmapConfig config, string? indexFile, string? authorDate, DateTimeOffset now)
    {
        var indexPath = indexFile is null ? null : Path.GetFullPath(indexFile, workingDirectory);
        using var repository = GitRepository.Open(workingDirectory, indexPath)
            ?? throw new UsageException("not inside a git repository");
        var engine = new RoadmapEngine(repository, config);
        var plan = engine.Plan(RoadmapSource.Index, HookDate.Resolve(authorDate, now));
        var staged = new List<string>();
        foreach (var file in plan.Files)
        {
            byte[]? newBytes = null;
            if (file.Changed)
            {
                newBytes = file.NewBytes;
                repository.Stage(file.Path, newBytes);
                StageInRealIndex(repository, file.Path, newBytes);
                staged.Add(file.Path);
            }

            UpdateWorkingFile(engine, plan, repository, file, newBytes);
        }

        return new PreCommitOutcome(staged, plan.Warnings);
    }

    /// <summary>
    /// A fully staged working file becomes the staged bytes; a partly staged one gets the same
    /// cell edits applied to its own text, so its unstaged lines stay unstaged.
    /// </summary>
    /// <param name="newBytes">The staged file's new bytes, or null when it did not change.</param>
    private static void UpdateWorkingFile(RoadmapEngine engine, EnginePlan plan, GitRepository repository, FilePlan file, byte[]? newBytes)
    {
        var full = Path.Combine(repository.WorkingDirectory, file.Path);
        if (!File.Exists(full))
        {
            return;
        }

        var working = File.ReadAllBytes(full);
        if (working.AsSpan().SequenceEqual(file.Original.Encode()))
        {
            if (newBytes is not null)
            {
                File.WriteAllBytes(full, newBytes);
            }

            return;
        }

        if (DocumentText.TryDecode(working, out var text))
        {
            var replanned = engine.Replan(plan, file.Path, text);
            if (replanned.Changed)
            {
                File.WriteAllBytes(full, replanned.NewBytes);
            }
        }
    }

    /// <summary>
    /// <c>git commit &lt;paths&gt;</c> hands the hook a temporary index and afterwards keeps the real
    /// one it locked as <c>index.lock</c>; the rewritten roadmap goes there too, or the next
    /// <c>git status</c> would show it reverted.
    /// </summary>
    private static void StageInRealIndex(GitRepository repository, string path, byte[] content)
    {
        if (repository.IndexPath is null || !Path.GetFileName(repository.IndexPath).StartsWith("next-index-", StringComparison.Ordinal))
        {
            return;
        }

        var realIndex = Path.Combine(repository.GitDirectory, "index.lock");
        if (!File.Exists(realIndex))
        {
            return;
        }

        using var real = GitRepository.Open(repository.WorkingDirectory, realIndex);
        real?.Stage(path, content);
    }
}
