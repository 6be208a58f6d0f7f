using RoadmapGit.Core.Git;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// Once the index has been walked, the blob staged at a path is answered from that walk: the
/// answer must be libgit2's own, for a conflicted path, for names that differ only in case, and
/// for a path the index does not hold.
/// </summary>
public sealed class IndexLookupTests : IDisposable
{
    private static readonly string[] Paths =
        ["notes/a.md", "notes/B.md", "notes/b.md", "notes/conflict.md", "notes/missing.md", "NOTES/A.MD", "notes/A.md"];

    private readonly TestRepo _repo = TestRepo.Create();

    public IndexLookupTests()
    {
        _repo.Commit("2026-03-01T10:00:00+00:00", "notes", ("notes/a.md", "a\n"), ("notes/B.md", "upper\n"), ("notes/b.md", "lower\n"), ("notes/conflict.md", "base\n"));
        _repo.Git("checkout", "-q", "-b", "side");
        _repo.Commit("2026-03-02T10:00:00+00:00", "side", ("notes/conflict.md", "side\n"));
        _repo.Git("checkout", "-q", "-");
        _repo.Commit("2026-03-03T10:00:00+00:00", "main", ("notes/conflict.md", "main\n"));
        Assert.NotEqual(0, _repo.TryRun("2026-03-04T10:00:00+00:00", null, "merge", "-q", "side").ExitCode);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void AfterAWalkOfTheIndex_EveryPathReadsAsLibgit2ReadsIt()
    {
        using var looked = GitRepository.Open(_repo.Root)!;
        using var walked = GitRepository.Open(_repo.Root)!;
        var expected = Paths.Select(looked.IndexBlobId).ToList();

        // The conflicted path has an entry per side, and is one tracked path.
        Assert.Single(walked.TrackedPaths(), path => path == "notes/conflict.md");
        Assert.Equal(walked.TrackedPaths().Distinct(StringComparer.Ordinal), walked.TrackedPaths());

        Assert.Equal(expected, Paths.Select(walked.IndexBlobId).ToList());
        Assert.Equal([false, false, false, true, true, true, true], expected.Select(id => id is null).ToList());
    }
}
