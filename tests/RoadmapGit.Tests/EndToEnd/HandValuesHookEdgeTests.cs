using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

/// <summary>
/// Hand values through real commits with the packed tool's hook: a rename made in a later commit,
/// and an <c>update</c> whose values are committed only later, keep the day a row was marked done.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HandValuesHookEdgeTests : IDisposable
{
    private readonly PackedTool _tool;
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

    public HandValuesHookEdgeTests(PackedTool tool)
    {
        _tool = tool;
        _tool.InstallHook(_repo);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T10:00:00+00:00", "commit", "-q", "-m", "http");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void NoteRenamedThroughTheHook_LaterCommitsKeepTheDayTheRowWasMarkedDone()
    {
        _repo.Stage("README.md", Roadmaps.WithRow(_repo.Read("README.md"), "HTTP", "✅ Completed", "09.02.2026", "xx.xx.xx"));
        _repo.GitAt("2026-02-12T10:00:00+00:00", "commit", "-q", "-m", "done by hand");
        _repo.Git("mv", "notes/http.md", "notes/01-http.md");
        _repo.GitAt("2026-02-20T10:00:00+00:00", "commit", "-q", "-m", "rename");
        _repo.Stage("notes/dns.md", Roadmaps.RealContent);

        var (_, _, error) = _repo.TryRun("2026-02-22T10:00:00+00:00", null, "commit", "-q", "-m", "dns");

        Assert.Equal("roadmap-git: DNS: 🟡 In Progress, started 22.02.2026\n", error);
        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026", "[HTTP](./notes/01-http.md)"], Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1..5]);
        Assert.Equal(0, _tool.Run(_repo.Root, "update", "--check").ExitCode);
    }

    [Fact]
    public void UpdateThenCommittingOnlyANote_KeepsTheRecordOfWhatUpdateWrote()
    {
        _repo.Write("README.md", Roadmaps.WithRow(_repo.Read("README.md"), "HTTP", "✅ Completed", "09.02.2026", "xx.xx.xx"));
        Roadmaps.Update(_repo, clock: new FixedClock(new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal(["✅ Completed", "09.02.2026", "13.02.2026"], Roadmaps.Row(_repo.Read("README.md"), "HTTP")[1..4]);
        _repo.Stage("notes/dns.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-14T10:00:00+00:00", "commit", "-q", "-m", "dns");
        _repo.Git("add", "README.md", ".roadmap-git.cells");

        var (_, _, error) = _repo.TryRun("2026-02-16T10:00:00+00:00", null, "commit", "-q", "-m", "http done by hand");

        Assert.Equal("roadmap-git: HTTP: finished 16.02.2026\n", error);
        Assert.Equal(["✅ Completed", "09.02.2026", "16.02.2026"], Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1..4]);
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void WorkingTreeWithCrlfLineEndings_TheRecordItKeepsIsTheCommittedOne()
    {
        _repo.Git("config", "core.autocrlf", "true");
        File.Delete(_repo.Full("README.md"));
        _repo.Git("checkout", "--", "README.md");
        Assert.Contains("\r\n", _repo.Read("README.md"), StringComparison.Ordinal);
        _repo.Stage("README.md", Roadmaps.WithRow(_repo.Read("README.md"), "HTTP", "✅ Completed", "09.02.2026", "xx.xx.xx"));
        _repo.Stage("notes/dns.md", Roadmaps.RealContent);

        _repo.GitAt("2026-02-12T10:00:00+00:00", "commit", "-q", "-m", "http done by hand, dns begun");

        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026"], Roadmaps.Row(_repo.Read("README.md"), "HTTP")[1..4]);
        Assert.Equal(_repo.Git("show", "HEAD:.roadmap-git.cells"), _repo.Read(".roadmap-git.cells"));
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }
}
