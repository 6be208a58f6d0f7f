using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

/// <summary>doctor and the warnings through the installed tool and its hook, on commits git makes.</summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DoctorEndToEndTests(PackedTool tool) : IDisposable
{
    private const string Note = "notes/http.md";

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void HealthyRepository_ExitsZero()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        Assert.Equal(0, tool.Run(_repo.Root, "hook", "install").ExitCode);
        _repo.Stage(Note, Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T10:00:00+01:00", "commit", "-q", "-m", "http");

        var (code, output, error) = tool.Run(_repo.Root, "doctor");

        Assert.Equal((0, string.Empty), (code, error));
        Golden.AssertMatches("doctor/healthy.txt", output);
    }

    [Fact]
    public void StrictHook_SaysTheCommitWasBlocked_AndHowToGoOn()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Roadmaps.Small.Replace("./notes/dns.md", "./note/dns.md", StringComparison.Ordinal)),
            ("notes/dns.md", Roadmaps.RealContent), (".roadmap-git.json", "{ \"strict\": true }"));
        Assert.Equal(0, tool.Run(_repo.Root, "hook", "install").ExitCode);
        _repo.Stage(Note, Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+01:00", null, "commit", "-q", "-m", "http");

        Assert.NotEqual(0, code);
        Golden.AssertMatches("warnings/strict-blocked.txt", error);
    }
}
