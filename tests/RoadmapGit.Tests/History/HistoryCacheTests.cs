using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>The history cache is only ever a shortcut: whatever state it is found in, a read gives what git gives.</summary>
public sealed class HistoryCacheTests : IDisposable
{
    private static readonly string[] Notes = ["notes/a.md", "notes/b.md"];
    private readonly TestRepo _repo = TestRepo.Create();

    public HistoryCacheTests()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "a", ("notes/a.md", "# A\n\nFirst words about A.\n"), ("README.md", "roadmap\n"));
        _repo.Commit("2026-02-02T09:00:00+00:00", "b", ("notes/b.md", "# B\n\nFirst words about B.\n"));
        _repo.Commit("2026-02-03T09:00:00+00:00", "a more", ("notes/a.md", "# A\n\nFirst words about A.\nMore.\n"));
    }

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("other version")]
    [InlineData("one byte flipped")]
    [InlineData("empty")]
    public void DamagedCache_IsReadAfreshAndRewritten(string damage)
    {
        var expected = Cached();
        var file = CacheFile();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "garbage" => [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))],
            "other version" => [.. bytes[..4], 99, 0, 0, 0, .. bytes[8..]],
            "one byte flipped" => [.. bytes[..^40], (byte)(bytes[^40] ^ 0xFF), .. bytes[^39..]],
            _ => [],
        });

        Assert.Null(new HistoryCacheFile(file).Load());
        var prefetched = new HistoryCacheFile(file);
        prefetched.Prefetch();
        Assert.Null(prefetched.Load());
        Assert.Equal(expected, Cached());
        Assert.NotNull(new HistoryCacheFile(file).Load());
    }

    [Fact]
    public void CacheReadInTheBackground_IsTheFileAsALoadReadsIt_TakenOnce()
    {
        Cached();
        var expected = new HistoryCacheFile(CacheFile()).Load()!;
        var file = new HistoryCacheFile(CacheFile());
        file.Prefetch();

        var prefetched = file.Load()!;
        File.Delete(CacheFile());

        Assert.Equal(expected.Tips, prefetched.Tips);
        Assert.Equal(expected.Commits.Select(c => (c.Id, c.Sequence, c.AuthorDate, c.Changes.Count)), prefetched.Commits.Select(c => (c.Id, c.Sequence, c.AuthorDate, c.Changes.Count)));

        // A second load reads the file as it is then.
        Assert.Null(file.Load());
    }

    [Fact]
    public void UnchangedTips_AreServedFromTheCacheAlone()
    {
        Cached();
        Tamper(c => c.Id == _repo.Git("rev-parse", "HEAD").Trim());

        Assert.Contains("1999-01-01", Cached(), StringComparison.Ordinal);
    }

    [Fact]
    public void NewCommits_AreReadOnTopOfTheCache()
    {
        Cached();
        Tamper(_ => true);
        _repo.Commit("2026-02-04T09:00:00+00:00", "b more", ("notes/b.md", "# B\n\nMore about B.\n"));

        var timelines = Cached();

        // The tampered commits still show: only the new one was read from git.
        Assert.Contains("1999-01-01", timelines, StringComparison.Ordinal);
        Assert.Contains(_repo.Git("rev-parse", "HEAD").Trim(), timelines, StringComparison.Ordinal);
    }

    [Fact]
    public void RewrittenHistory_DropsTheCommitsTheTipsNoLongerReach()
    {
        Cached();
        var dropped = _repo.Git("rev-parse", "HEAD").Trim();
        _repo.Git("reset", "-q", "--hard", "HEAD~1");
        _repo.Commit("2026-02-04T09:00:00+00:00", "a again", ("notes/a.md", "# A\n\nOther words about A.\n"));

        var timelines = Cached();

        Assert.DoesNotContain(dropped, timelines, StringComparison.Ordinal);
        Assert.Equal(Uncached(), timelines);
    }

    [Fact]
    public void CacheAsOfACommitGitNoLongerHas_IsReadAfresh()
    {
        Cached();
        _repo.Git("reset", "-q", "--hard", "HEAD~1");
        _repo.Commit("2026-02-04T09:00:00+00:00", "a again", ("notes/a.md", "# A\n\nOther words about A.\n"));
        _repo.Git("reflog", "expire", "--expire=now", "--all");
        _repo.Git("gc", "-q", "--prune=now");

        Assert.Equal(Uncached(), Cached());
    }

    [Fact]
    public void QueryBeyondTheCachedFolders_WidensTheCache()
    {
        Cached();
        _repo.Commit("2026-02-04T09:00:00+00:00", "c", ("topics/c.md", "# C\n\nWords about C.\n"));

        var timelines = Cached("topics/c.md");

        Assert.Equal(Uncached("topics/c.md"), timelines);
        Assert.Equal(["README.md", "notes", "topics"], new HistoryCacheFile(CacheFile()).Load()!.Coverage.Items);
    }

    [Fact]
    public void DeepenedShallowHistory_IsReadAfresh()
    {
        File.WriteAllText(Path.Combine(_repo.Root, ".git", "shallow"), _repo.Git("rev-parse", "HEAD~1").Trim() + "\n");
        Assert.Contains("True", Cached(), StringComparison.Ordinal);

        File.Delete(Path.Combine(_repo.Root, ".git", "shallow"));

        Assert.DoesNotContain("True", Cached(), StringComparison.Ordinal);
        Assert.Equal(Uncached(), Cached());
    }

    [Fact]
    public void ReplacementAddedOrRemoved_IsReadAfresh()
    {
        var whole = Cached();
        _repo.Git("replace", "--graft", "HEAD~1");

        var grafted = Cached();
        Assert.NotEqual(whole, grafted);
        Assert.Equal(Uncached(), grafted);

        _repo.Git("replace", "-d", _repo.Git("replace", "-l").Trim());

        Assert.Equal(whole, Cached());
    }

    [Fact]
    public void CacheFile_LivesInTheGitDirectory_OnePerWorktree()
    {
        var worktree = _repo.Root + "-worktree";
        _repo.Git("worktree", "add", "-q", worktree);
        try
        {
            using var main = GitRepository.Open(_repo.Root)!;
            using var linked = GitRepository.Open(worktree)!;

            Assert.Equal(Path.Combine(_repo.Root, ".git", "roadmap-git", "history.bin"), main.CacheFile);
            Assert.Equal(Path.Combine(_repo.Root, ".git", "roadmap-git", $"history-{Path.GetFileName(worktree)}.bin"), linked.CacheFile);
            Assert.Equal(
                Timelines.Describe(main.History.ReadTimelines(Query(main))),
                Timelines.Describe(linked.History.ReadTimelines(Query(linked))));
        }
        finally
        {
            TestRepo.Create(worktree).Dispose();
        }
    }

    [Fact]
    public async Task ConcurrentReadsAndWrites_NeverSeeHalfACache()
    {
        Cached();
        var file = new HistoryCacheFile(CacheFile());
        var snapshot = file.Load()!;
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                file.Save(snapshot);
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 200).Count(_ => file.Load() is null)));

        await Task.WhenAll(writers);
        var failed = await Task.WhenAll(readers);

        Assert.All(failed, count => Assert.Equal(0, count));
        Assert.Equal(Uncached(), Cached());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(CacheFile())!, "*.tmp"));
    }

    [Fact]
    public async Task ConcurrentRuns_AgreeAndLeaveAValidCache()
    {
        var expected = Uncached();

        var results = Enumerable.Range(0, 6).Select(_ => Task.Run(() => Cached())).ToArray();

        Assert.All(await Task.WhenAll(results), r => Assert.Equal(expected, r));
        Assert.NotNull(new HistoryCacheFile(CacheFile()).Load());
    }

    private string Cached(string? extra = null)
    {
        using var git = GitRepository.Open(_repo.Root)!;
        return Timelines.Describe(git.History.ReadTimelines(Query(git, extra)));
    }

    private string Uncached(string? extra = null)
    {
        using var git = GitRepository.Open(_repo.Root)!;
        return Timelines.Describe(git.UncachedHistory().ReadTimelines(Query(git, extra)));
    }

    private static HistoryQuery Query(GitRepository git, string? extra = null) =>
        new([git.HeadId!], extra is null ? Notes : [.. Notes, extra], ["README.md"], _ => true);

    private string CacheFile()
    {
        using var git = GitRepository.Open(_repo.Root)!;
        return git.CacheFile;
    }

    /// <summary>Rewrites the cache as a valid file whose chosen commits carry a date git never gave.</summary>
    private void Tamper(Func<HistoryCommit, bool> which)
    {
        var file = new HistoryCacheFile(CacheFile());
        var snapshot = file.Load()!;
        var forged = new DateTimeOffset(1999, 1, 1, 0, 0, 0, TimeSpan.Zero);
        file.Save(snapshot with { Commits = [.. snapshot.Commits.Select(c => which(c) ? c with { AuthorDate = forged } : c)] });
    }
}
