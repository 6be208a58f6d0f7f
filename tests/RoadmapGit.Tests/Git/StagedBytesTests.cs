using System.Text;
using RoadmapGit.Core.Git;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Git;

/// <summary>
/// The hook reads the staged roadmap and record, and takes the work tree's bytes for them only when
/// the staged blob's id names those very bytes: an unstaged edit, a line-ending conversion or a
/// clean filter leaves the staged blob to be read.
/// </summary>
public sealed class StagedBytesTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("| Topic | Status |\n|---|---|\n| [HTTP](notes/http.md) | ✅ Completed |\n")]
    [InlineData("no line break at the end")]
    public void BlobIds_AgreeWithGit(string content)
    {
        _repo.Write("file.md", content);
        var id = _repo.Git("hash-object", "file.md").Trim();

        Assert.True(BlobIds.Names(id, Encoding.UTF8.GetBytes(content)));
        Assert.True(BlobIds.Names(id.ToUpperInvariant(), Encoding.UTF8.GetBytes(content)));
        Assert.False(BlobIds.Names(id, Encoding.UTF8.GetBytes(content + " ")));
        Assert.False(BlobIds.Names(id[..39], Encoding.UTF8.GetBytes(content)));
    }

    [Fact]
    public void TheWorkTreesBytes_AreTakenOnlyWhenTheyAreTheStagedOnes()
    {
        _repo.Commit("2026-03-01T10:00:00+00:00", "roadmap", ("README.md", "staged\n"));
        using var repository = GitRepository.Open(_repo.Root)!;
        var same = Encoding.UTF8.GetBytes("staged\n");
        var edited = Encoding.UTF8.GetBytes("edited, not staged\n");

        Assert.Same(same, repository.ReadIndex("README.md", same));
        Assert.Equal(same, repository.ReadIndex("README.md", edited));
        Assert.Equal(same, repository.ReadIndex("README.md"));
        Assert.Null(repository.ReadIndex("missing.md", same));
    }

    [Fact]
    public void AnUnstagedEditOfTheRoadmap_IsNotWhatTheHookReads()
    {
        _repo.Commit("2026-03-01T10:00:00+00:00", "roadmap", ("README.md", "staged\r\n"));
        _repo.Write("README.md", "staged\n");
        using var repository = GitRepository.Open(_repo.Root)!;

        Assert.Equal(Encoding.UTF8.GetBytes("staged\r\n"), repository.ReadIndex("README.md", _repo.ReadBytes("README.md")));
    }
}
