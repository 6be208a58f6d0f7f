using System.Diagnostics;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// Makes a synthetic roadmap repository of a given size through <c>git fast-import</c>: the same
/// size and seed give the same bytes, so the same HEAD commit id.
/// </summary>
internal static class RepositoryGenerator
{
    /// <summary>The share of commits that change a note; the rest change code and docs, as in a long-lived repository.</summary>
    public const double NoteCommitShare = 0.3;

    public static GeneratedRepository Generate(string directory, RepositorySize size, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(size);
        var stopwatch = Stopwatch.StartNew();
        var random = new Prng(seed);
        var layout = RoadmapLayout.Create(size, random.Fork());
        var slots = SlotPlanner.Lanes(size.Commits, random.Fork());
        var budget = Math.Min((int)(size.Commits * NoteCommitShare), slots.Count(s => s.CanTakeNote));
        var events = LifecyclePlanner.Plan(layout.Topics, budget, random.Fork());
        SlotPlanner.ChooseNoteCommits(slots, events.Count, random.Fork());
        var clock = new CommitClock(size.Commits, random.Fork());
        var source = new SourceTree(size.Commits, random.Fork());
        var contents = random.Fork();

        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new InvalidOperationException($"{directory} is not empty");
        }

        Directory.CreateDirectory(directory);
        Git.Run(directory, "init", "-q", "-b", "main");
        HistoryWriter? history = null;
        Git.Run(
            directory,
            stdin =>
            {
                history = new HistoryWriter(new FastImportWriter(stdin), layout, source, contents);
                history.Write(slots, events, clock);
            },
            "fast-import", "--quiet", "--done");
        if (slots.Any(s => s.Lane == Lane.Side))
        {
            Git.Run(directory, "update-ref", "-d", HistoryWriter.SideBranch);
        }

        Git.Run(directory, "reset", "-q", "--hard");
        var head = Git.Run(directory, "rev-parse", "HEAD").Trim();
        var staged = history!.WrittenNotes.LastOrDefault()?.Path;
        return new GeneratedRepository(directory, size, seed, head, layout.Folders, staged, stopwatch.Elapsed);
    }
}
