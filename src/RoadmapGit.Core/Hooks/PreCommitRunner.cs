using RoadmapGit.Core.Config;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Text;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Hooks;

/// <summary>
/// What the pre-commit hook does: rewrite the staged roadmap from history plus the staged change,
/// stage it in the index git handed over, and bring the real index and the working file along
/// without losing anything the learner staged or left unstaged there.
/// </summary>
public static class PreCommitRunner
{
    public static PreCommitOutcome Run(GitRepository repository, RoadmapConfig config, PreCommitContext context, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(context);
        var engine = new RoadmapEngine(repository, repository.History, config, clock);
        var plan = engine.Plan(new PlanRequest(RoadmapSource.Index, context.CommitDate, Amending: context.Amending));
        var workTree = new WorkTree(repository.WorkingDirectory);
        using var realIndex = RealIndex(repository);

        // What each place that holds a roadmap becomes is worked out before anything is written: a
        // copy that cannot be read (a working roadmap that is now a folder) stops the hook with
        // nothing staged, as its warning says, not with the roadmap committed and its record not.
        var changed = plan.Files.Where(f => f.Changed).ToList();
        var inRealIndex = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var inWorkTree = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in changed)
        {
            var original = file.Original.Encode();
            if (realIndex?.ReadIndex(file.Path) is { } indexed && Brought(indexed, original, file, config) is { } forIndex
                && !ReferenceEquals(forIndex, indexed))
            {
                inRealIndex[file.Path] = forIndex;
            }

            if (workTree.Read(file.Path, "roadmap file") is { } working && Brought(working, original, file, config) is { } forWorkTree
                && !ReferenceEquals(forWorkTree, working))
            {
                inWorkTree[file.Path] = forWorkTree;
            }
        }

        var recordInRealIndex = realIndex is not null && plan.Record.Changed
            ? RecordFor(plan, path => inRealIndex.GetValueOrDefault(path) ?? realIndex.ReadIndex(path), config)
            : null;
        var recordInWorkTree = plan.Record.Changed
            ? RecordFor(plan, path => inWorkTree.GetValueOrDefault(path) ?? workTree.Read(path, path == WrittenCells.FileName ? "record file" : "roadmap file"), config)
            : null;

        // Every blob is stored before either index is written, and each index is written once: the
        // commit takes the rewritten roadmap together with its record, or (git's store full) neither.
        var forCommit = changed.Select(f => (f.Path, f.NewBytes)).ToList();
        var forRealIndex = inRealIndex.Select(copy => (copy.Key, copy.Value)).ToList();
        if (plan.Record.Changed)
        {
            forCommit.Add((WrittenCells.FileName, plan.Record.NewBytes));
            if (recordInRealIndex is not null)
            {
                forRealIndex.Add((WrittenCells.FileName, recordInRealIndex));
            }
        }

        var storedForCommit = repository.Store(forCommit);
        var storedForRealIndex = realIndex?.Store(forRealIndex) ?? [];
        repository.Stage(storedForCommit);
        var staged = forCommit.Select(f => f.Path).ToList();

        // From here the commit has its update: what cannot follow it is told, not taken for a hook that did nothing.
        try
        {
            realIndex?.Stage(storedForRealIndex);
            foreach (var file in changed)
            {
                if (inWorkTree.TryGetValue(file.Path, out var forWorkTree))
                {
                    workTree.Write(file.Path, forWorkTree, "roadmap file");
                }
            }

            if (plan.Record.Changed)
            {
                workTree.Write(WrittenCells.FileName, recordInWorkTree!, "record file");
            }
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            return new PreCommitOutcome(staged, plan.Changes.ToList(), plan.Diagnostics, e.Message);
        }

        return new PreCommitOutcome(staged, plan.Changes.ToList(), plan.Diagnostics);
    }

    /// <summary>
    /// The record for another place that holds the roadmap (the working tree, the real index): the
    /// commit's record where the roadmap there is what the commit holds; where it differs (unstaged
    /// edits, values <c>update</c> wrote and the commit leaves out), the values the record there
    /// remembered and the roadmap there still shows are remembered too, or they would pass for the
    /// learner's.
    /// </summary>
    private static byte[] RecordFor(EnginePlan plan, Func<string, byte[]?> read, RoadmapConfig config)
    {
        var differing = plan.Files
            .Select(f => (File: f, Bytes: read(f.Path)))
            .Where(f => f.Bytes is not null && !f.Bytes.AsSpan().SequenceEqual(f.File.NewBytes))
            .ToList();
        if (differing.Count == 0 || read(WrittenCells.FileName) is not { } before)
        {
            return plan.Record.NewBytes;
        }

        var remembered = WrittenCellsFile.Parse(System.Text.Encoding.UTF8.GetString(before));
        var shown = differing.SelectMany(f => DocumentText.TryDecode(f.Bytes!, out var text)
            ? WrittenRecord.Shown(remembered, plan.Record.Cells, f.File.Path, text.Text, f.File.Result.Conventions, config.OverallLabels)
            : []);
        return System.Text.Encoding.UTF8.GetBytes(WrittenCellsFile.Write(plan.Record.Cells.Merge(new WrittenCells(shown))));
    }

    /// <summary>
    /// <c>git commit &lt;paths&gt;</c> hands the hook a temporary index and afterwards keeps the real
    /// one it locked as <c>index.lock</c>: the same changes go there too, or the next
    /// <c>git status</c> would show them reverted.
    /// </summary>
    private static GitRepository? RealIndex(GitRepository repository)
    {
        if (repository.IndexPath is null || !Path.GetFileName(repository.IndexPath).StartsWith("next-index-", StringComparison.Ordinal))
        {
            return null;
        }

        var realIndex = Path.Combine(repository.GitDirectory, "index.lock");
        return File.Exists(realIndex) ? GitRepository.Open(repository.WorkingDirectory, realIndex, repository.GitDirectory, repository.WorkingDirectory) : null;
    }

    /// <summary>
    /// What another copy of the roadmap (the real index, the working file) becomes: one that was what
    /// the commit staged takes the new bytes; one with edits of its own (staged or not) gets the same
    /// cell changes applied to its own text, so those edits stay where they were. Null for a copy
    /// that is not text, which is left alone; the copy itself where no change applies.
    /// </summary>
    private static byte[]? Brought(byte[] copy, byte[] original, FilePlan file, RoadmapConfig config)
    {
        if (copy.AsSpan().SequenceEqual(original))
        {
            return file.NewBytes;
        }

        if (!DocumentText.TryDecode(copy, out var text))
        {
            return null;
        }

        var replayed = ChangeReplay.Apply(file.Path, text.Text, file.Result.Changes, config.OverallLabels);
        return replayed == text.Text ? copy : text.WithText(replayed).Encode();
    }
}
