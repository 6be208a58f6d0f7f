using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

/// <summary>The hook and the table the learner edits by hand, through real commits with the packed tool.</summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HandValuesHookTests : IDisposable
{
    private readonly PackedTool _tool;
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

    public HandValuesHookTests(PackedTool tool)
    {
        _tool = tool;
        _tool.InstallHook(_repo);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void NoteCommit_SaysOneLinePerTopicItChanged()
    {
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "http");

        Assert.Equal(0, code);
        Assert.Equal("roadmap-git: HTTP: 🟡 In Progress, started 09.02.2026\n", error);
    }

    [Fact]
    public void CommitThatChangesNoTopic_SaysNothing()
    {
        _repo.Stage("other.txt", "not a note\n");

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "other");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void RowMarkedDoneByHandInTheCommit_IsCommittedAsWritten_AndStaysDoneThroughLaterCommits()
    {
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T10:00:00+00:00", "commit", "-q", "-m", "http");
        _repo.Stage("README.md", Roadmaps.WithRow(_repo.Read("README.md"), "HTTP", "✅ Completed", "08.02.2026", "xx.xx.xx"));

        var (_, _, error) = _repo.TryRun("2026-02-12T10:00:00+00:00", null, "commit", "-q", "-m", "done by hand");
        _repo.Stage("notes/http.md", Roadmaps.RealContent + "More about caching.\n");
        _repo.GitAt("2026-02-14T10:00:00+00:00", "commit", "-q", "-m", "more http");

        Assert.Equal("roadmap-git: HTTP: finished 12.02.2026\n", error);
        Assert.Equal(["✅ Completed", "08.02.2026", "12.02.2026"], Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1..4]);
        Assert.Equal(0, _tool.Run(_repo.Root, "update", "--check").ExitCode);
    }

    [Fact]
    public void HandDateCommittedWithoutTheHook_SurvivesTheNextHookedCommit_AndCheckAcceptsIt()
    {
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T10:00:00+00:00", "commit", "-q", "-m", "http");
        _repo.Stage("README.md", Roadmaps.WithRow(_repo.Read("README.md"), "HTTP", "🟡 In Progress", "01.02.2026", "xx.xx.xx"));
        _repo.TryRun("2026-02-10T10:00:00+00:00", new Dictionary<string, string> { ["ROADMAP_GIT_SKIP"] = "1" }, "commit", "-q", "-m", "web edit");
        _repo.Stage("notes/dns.md", Roadmaps.RealContent);

        _repo.GitAt("2026-02-11T10:00:00+00:00", "commit", "-q", "-m", "dns");

        var committed = _repo.Git("show", "HEAD:README.md");
        Assert.Equal(["🟡 In Progress", "01.02.2026", "xx.xx.xx"], Roadmaps.Row(committed, "HTTP")[1..4]);
        Assert.Equal(["🟡 In Progress", "11.02.2026", "xx.xx.xx"], Roadmaps.Row(committed, "DNS")[1..4]);
        Assert.Equal(0, _tool.Run(_repo.Root, "update", "--check").ExitCode);
    }

    [Fact]
    public void FreshClone_UpdateCheckAgreesWithWhatTheHookCommitted()
    {
        var steps = new[]
        {
            ("2026-02-09T23:30:00-05:00", "notes/http.md", Roadmaps.RealContent),
            ("2026-02-11T08:00:00+09:00", "notes/dns.md", Roadmaps.RealContent),
            ("2026-02-12T10:00:00+00:00", "notes/http.md", Roadmaps.DoneContent),
        };
        foreach (var (date, note, content) in steps)
        {
            _repo.Stage(note, content);
            _repo.GitAt(date, "commit", "-q", "-m", note);
        }

        _repo.Stage("README.md", Roadmaps.WithRow(_repo.Read("README.md"), "DNS", "✅ Completed", "10.02.2026", "xx.xx.xx"));
        _repo.GitAt("2026-02-13T10:00:00+00:00", "commit", "-q", "-m", "dns done by hand");
        using var clone = _repo.Clone("clone");

        var (code, output, error) = _tool.Run(clone.Root, "update", "--check");

        Assert.True(code == 0, output + error);
        Assert.Equal(["✅ Completed", "10.02.2026", "13.02.2026"], Roadmaps.Row(clone.Read("README.md"), "DNS")[1..4]);
    }

    [Fact]
    public void ShallowClone_TheHookNamesItAndTheFixWithoutVerbose()
    {
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-03T10:00:00+00:00", "commit", "-q", "-m", "http");
        _repo.Stage("notes/http.md", Roadmaps.RealContent + "Status codes group by hundreds.\n");
        _repo.GitAt("2026-02-05T10:00:00+00:00", "commit", "-q", "-m", "more http");
        using var clone = _repo.Clone("shallow", "--depth", "1");
        Assert.Equal(0, _tool.Run(clone.Root, "hook", "install").ExitCode);
        clone.Stage("notes/dns.md", Roadmaps.RealContent);

        var (code, _, error) = clone.TryRun("2026-02-06T10:00:00+00:00", null, "commit", "-q", "-m", "dns");

        Assert.Equal(0, code);
        Assert.Contains("roadmap-git: warning: this is a shallow clone, so 1 note's date cannot be known and the table's values are kept. Fetch the whole history: git fetch --unshallow (in CI: fetch-depth: 0)\n", error, StringComparison.Ordinal);
        Assert.Equal(["🟡 In Progress", "03.02.2026"], Roadmaps.Row(clone.Git("show", "HEAD:README.md"), "HTTP")[1..3]);
    }
}
