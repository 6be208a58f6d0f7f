using System.Globalization;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Update;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// A repository that lost the commit its branch names (a pack file deleted, a disk that failed) is
/// damaged, not new: no run takes it for one without commits and writes every topic back to Not Started.
/// </summary>
public sealed class UnreadableHeadTests : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.CreateStarted();
    private readonly string _head;
    private readonly byte[] _roadmap;

    public UnreadableHeadTests()
    {
        Roadmaps.Update(_repo);
        _head = _repo.Commit("2026-02-11T10:00:00+00:00", "roadmap");
        _roadmap = _repo.ReadBytes("README.md");
        Assert.Equal(["🟡 In Progress", "10.02.2026", "xx.xx.xx"], AttackRepo.RowA(_repo.Read("README.md"))[..3]);
        File.Delete(_repo.Full(Path.Combine(".git", "objects", _head[..2], _head[2..])));
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Update_FailsWithOneLineNamingTheCommit_AndLeavesTheRoadmapAsItWas()
    {
        var (code, output, error) = InProcessTool.RunIn(_repo.Root, "update");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"roadmap-git: error: the commit HEAD names, {_head}, is not in this repository", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal(_roadmap, _repo.ReadBytes("README.md"));
    }

    [Fact]
    public void Commit_FailsNamingTheCommit()
    {
        var commit = new PlanRequest(RoadmapSource.Index, DateTimeOffset.Parse("2026-02-12T10:00:00+00:00", CultureInfo.InvariantCulture));

        var failure = Assert.Throws<HistoryReadException>(() => Roadmaps.Plan(_repo, commit));

        Assert.Contains(_head, failure.Message, StringComparison.Ordinal);
    }
}
