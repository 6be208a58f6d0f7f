using RoadmapGit.Bench.Generation;
using RoadmapGit.Core.Files;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// A run that meets only a few commits or versions past its caches leaves the files as they were,
/// and the next run reads those few again; the results are a fresh read's either way.
/// </summary>
public sealed class CacheRewriteTests : IDisposable
{
    private readonly TestRepo _folder = TestRepo.Create();
    private readonly GeneratedRepository _generated;
    private readonly TestRepo _repo;

    public CacheRewriteTests()
    {
        _generated = RepositoryGenerator.Generate(Path.Combine(_folder.Root, "generated"), RepositorySize.Of("rewrite", 1_000, 60), 3);
        _repo = TestRepo.Create(_generated.Directory);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AFewNewCommits_LeaveTheCachesAsTheyWere_AndReadAsAFreshRun()
    {
        Roadmaps.Plan(_repo);
        var cached = Caches();

        Change(1);

        Assert.Equal(Fresh(), Describe(Roadmaps.Plan(_repo)));
        Assert.Equal(cached, Caches());
    }

    [Fact]
    public void EnoughNewCommits_AreWrittenToTheCaches()
    {
        Roadmaps.Plan(_repo);
        var cached = Caches();

        Change(CacheRewrite.MostDeferred);

        Assert.Equal(Fresh(), Describe(Roadmaps.Plan(_repo)));
        var written = Caches();
        Assert.NotEqual(cached["history.bin"], written["history.bin"]);
        Assert.NotEqual(cached["readings.bin"], written["readings.bin"]);
    }

    /// <summary>Commits <paramref name="count"/> changes to the note the generator keeps for the hook, a day apart.</summary>
    private void Change(int count)
    {
        var note = _generated.StagedNote!;
        for (var i = 1; i <= count; i++)
        {
            _repo.Commit($"2031-01-{1 + (i % 28):D2}T10:00:00+02:00", $"more on the note, {i}", (note, _repo.Read(note) + $"\nA paragraph more, the {i}th.\n"));
        }
    }

    /// <summary>What a run with no caches plans.</summary>
    private string Fresh()
    {
        var folder = Path.Combine(_repo.Root, ".git", "roadmap-git");
        var kept = folder + "-kept";
        Directory.Move(folder, kept);
        try
        {
            return Describe(Roadmaps.Plan(_repo));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            Directory.Move(kept, folder);
        }
    }

    private Dictionary<string, string> Caches() =>
        Directory.GetFiles(Path.Combine(_repo.Root, ".git", "roadmap-git"))
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    private static string Describe(Core.Update.EnginePlan plan) =>
        string.Join('\n', plan.Rows.Select(r => $"{r.Row.Topic}|{r.Values.Status}|{r.Values.Start}|{r.Values.Finish}|{r.Values.StatusSince}|{r.Result.Timeline.Count}"))
        + "\n" + string.Join('\n', plan.Diagnostics.Select(d => d.Code + " " + d.Message));
}
