using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.CommandLine;

/// <summary><c>roadmap-git doctor</c> as the tool prints it, and its exit codes.</summary>
public sealed class DoctorCommandTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void RepositoryWithProblems_ListsEachWithItsFix_AndExitsOne()
    {
        var readme = Roadmaps.Small
            .Replace("./notes/dns.md", "./notes/dsn.md", StringComparison.Ordinal)
            .Replace("| **HTTP** | 🔴 Not Started | xx.xx.xx | xx.xx.xx |", "| **HTTP** | ✅ In Progress | 09.02.2026 | 10.02.2026 |", StringComparison.Ordinal);
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", readme));
        _repo.Commit("2026-02-09T10:00:00+01:00", "notes",
            ("notes/http.md", "---\nstatus: doen\n---\n" + Roadmaps.RealContent), ("notes/dns.md", Roadmaps.RealContent),
            ("notes/cheatsheet.md", Roadmaps.RealContent));

        var (code, output, _) = InProcessTool.RunIn(_repo.Root, "doctor");

        Assert.Equal(1, code);
        Golden.AssertMatches("doctor/problems.txt", output);
    }

    [Fact]
    public void ConfigError_ChecksThatWaitForItAreMarkedNotChecked_NotPassed()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small), (".roadmap-git.json", "{ \"stubwords\": 3 }"));
        InProcessTool.RunIn(_repo.Root, "hook", "install");

        var (code, output, _) = InProcessTool.RunIn(_repo.Root, "doctor");

        Assert.Equal(1, code);
        Golden.AssertMatches("doctor/config-error.txt", output);
    }

    [Fact]
    public void FixEncoding_OnTheSharedSample_RepairsItAndListsWhatWasLost()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Fixture.Text("backend-roadmap.mojibake.md")));
        Assert.StartsWith("✓ configuration\n✗ encoding\n", InProcessTool.RunIn(_repo.Root, "doctor").Output, StringComparison.Ordinal);

        var (code, output, _) = InProcessTool.RunIn(_repo.Root, "doctor", "--fix-encoding");

        Assert.Equal(1, code);
        Golden.AssertMatches("doctor/fix-encoding.txt", output);
    }

    [Fact]
    public void FixEncodingAgain_WithCharactersLeftToType_ListsThemAndExitsOne()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Fixture.Text("backend-roadmap.mojibake.md")));
        InProcessTool.RunIn(_repo.Root, "doctor", "--fix-encoding");
        var repaired = _repo.ReadBytes("README.md");

        var (code, output, _) = InProcessTool.RunIn(_repo.Root, "doctor", "--fix-encoding");

        Assert.Equal(1, code);
        Golden.AssertMatches("doctor/fix-encoding-again.txt", output);
        Assert.Equal(repaired, _repo.ReadBytes("README.md"));
    }

    [Fact]
    public void FixEncoding_OnceEveryCharacterIsTypedAgain_ExitsZero()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Fixture.Text("backend-roadmap.mojibake.md")));
        InProcessTool.RunIn(_repo.Root, "doctor", "--fix-encoding");
        _repo.Write("README.md", _repo.Read("README.md").Replace("\uFFFD", "🌐", StringComparison.Ordinal));

        var (code, output, _) = InProcessTool.RunIn(_repo.Root, "doctor", "--fix-encoding");

        Assert.Equal(0, code);
        Assert.Equal("README.md: no mangled text; left as it is\n", output);
    }

    [Fact]
    public void OutsideARepository_IsAUsageError()
    {
        var folder = Path.Combine(Path.GetTempPath(), "roadmap-git-not-a-repo-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);

        var (code, _, error) = InProcessTool.RunIn(folder, "doctor");

        Assert.Equal(2, code);
        Assert.StartsWith("roadmap-git: error: not inside a git work tree.", error, StringComparison.Ordinal);
        Directory.Delete(folder);
    }
}
