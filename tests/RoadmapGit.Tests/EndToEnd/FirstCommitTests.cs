using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

[Collection(PackedToolGroup.Name)]
public sealed class FirstCommitTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void FirstCommitOfARepository_IsTheNotesFirstEntry()
    {
        Assert.Equal(0, tool.Run(_repo.Root, "hook", "install").ExitCode);
        _repo.Write("README.md", Roadmaps.Small);
        _repo.Write("notes/http.md", Roadmaps.RealContent);
        _repo.Git("add", "-A");

        _repo.GitAt("2026-02-09T10:00:00+02:00", "commit", "-q", "-m", "start");

        Assert.Equal(["🟡 In Progress", "09.02.2026"], Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1..3]);
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }
}
