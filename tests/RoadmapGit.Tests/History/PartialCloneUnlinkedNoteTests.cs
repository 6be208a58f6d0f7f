using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// A partial clone whose remote no longer has the version of a note no row links: that version is
/// never needed, so it is not fetched, and the linked note's old versions are still fetched and
/// dated as in a full clone.
/// </summary>
public sealed class PartialCloneUnlinkedNoteTests : IDisposable
{
    private readonly TestRepo _origin = TestRepo.Create();
    private readonly string _clonePath;
    private readonly string _gone;

    public PartialCloneUnlinkedNoteTests()
    {
        _origin.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small), ("notes/http.md", "# HTTP\n"));
        _origin.Commit("2026-02-10T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent), ("notes/ideas.md", "Ideas that no row links, in a few words.\n"));
        _origin.Commit("2026-02-11T10:00:00+00:00", "draft", ("notes/draft.md", "A draft that no row links, with a few words.\n"));
        _gone = _origin.Git("rev-parse", "HEAD:notes/draft.md").Trim();
        _origin.Commit("2026-02-12T10:00:00+00:00", "drop the drafts", ("notes/draft.md", null), ("notes/ideas.md", null));
        _origin.Git("config", "uploadpack.allowAnySHA1InWant", "true");
        _clonePath = _origin.PartialClone().Root;

        // The remote loses the draft (a force-push and a gc would): git cannot fetch it any more.
        File.Delete(_origin.Full(Path.Combine(".git", "objects", _gone[..2], _gone[2..])));
    }

    public void Dispose() => _origin.Dispose();

    [Fact]
    public void UnfetchableVersionOfAnUnlinkedNote_TheLinkedNoteIsStillDated()
    {
        using var clone = TestRepo.Create(_clonePath);
        Assert.NotEqual(0, clone.TryRun(null, null, "cat-file", "-e", _gone).ExitCode);

        var row = Roadmaps.Row(Roadmaps.Update(clone), "HTTP");

        Assert.Equal(["🟡 In Progress", "10.02.2026", "xx.xx.xx"], row[1..4]);
    }

    [Fact]
    public void UnfetchableVersion_TheNextVersionIsStillFetched()
    {
        using var clone = TestRepo.Create(_clonePath);
        var first = clone.Git("rev-parse", "HEAD~3:notes/http.md").Trim();
        using var git = GitRepository.Open(clone.Root)!;

        Assert.Throws<HistoryReadException>(() => git.History.ReadText(_gone));

        Assert.Equal("# HTTP\n", git.History.ReadText(first));
    }

    [Fact]
    public void FirstRun_FetchesNoVersionOfAnUnlinkedNote()
    {
        using var clone = TestRepo.Create(_clonePath);
        var ideas = clone.Git("rev-parse", "HEAD~2:notes/ideas.md").Trim();

        Roadmaps.Update(clone);

        Assert.Contains("?" + ideas + "\n", clone.Git("rev-list", "--objects", "--missing=print", "--all"), StringComparison.Ordinal);
    }
}
