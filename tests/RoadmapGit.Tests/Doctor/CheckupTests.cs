using System.Runtime.Versioning;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Doctor;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Doctor;

/// <summary>Each doctor check, on a real repository: healthy, and with the problem it looks for.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class CheckupTests : IDisposable
{
    private static readonly ToolCommand Tool = new("roadmap-git", null);

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void UpToDateRoadmapWithItsHook_IsHealthy()
    {
        Healthy();

        var report = Run();

        Assert.True(report.Healthy, string.Join('\n', report.Checks.SelectMany(c => c.Findings)));
        Assert.All(report.Checks, c => Assert.Empty(c.Findings));
    }

    [Fact]
    public void LinkToAMissingNoteWithANearName_IsANoteLinksProblem()
    {
        Healthy();
        _repo.Commit("2026-02-12T10:00:00+01:00", "typo", ("README.md", _repo.Read("README.md").Replace("./notes/http.md", "./note/http.md", StringComparison.Ordinal)));

        var finding = Assert.Single(Findings("note links"));

        Assert.Equal(("missing-note", "README.md", 8), (finding.Code, finding.File, finding.Line));
        Assert.Empty(Findings("unlinked notes"));
    }

    [Fact]
    public void NoteNoRowLinks_IsAnUnlinkedNotesProblem()
    {
        Healthy();
        _repo.Commit("2026-02-12T10:00:00+01:00", "extra", ("notes/cheatsheet.md", Roadmaps.RealContent));

        Assert.Equal("notes/cheatsheet.md", Assert.Single(Findings("unlinked notes")).File);
    }

    [Fact]
    public void UnreadableStatusInANote_IsANoteValuesProblem()
    {
        Healthy();
        _repo.Commit("2026-02-12T10:00:00+01:00", "slip", ("notes/http.md", "---\nstatus: doen\n---\n" + Roadmaps.RealContent));

        Assert.Equal("unknown-status", Assert.Single(Findings("note values")).Code);
    }

    [Fact]
    public void StatusWhoseSymbolAndWordsDisagree_IsAHandValueSlip_WithBothLabels()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small.Replace(
            "| **HTTP** | 🔴 Not Started | xx.xx.xx | xx.xx.xx |", "| **HTTP** | ✅ In Progress | 09.02.2026 | xx.xx.xx |", StringComparison.Ordinal)));

        var finding = Assert.Single(Findings("hand-written values"));

        Assert.Equal(
            "README.md:8: row 'HTTP' says '✅ In Progress': its symbol means completed and its words in progress, so it counts as in progress. " +
            "Write '🟡 In Progress' or '✅ Completed'",
            finding.ToString());
    }

    [Fact]
    public void FinishDateOnAnUnfinishedTopic_AndFinishBeforeStart_AreHandValueSlips()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small
            .Replace("| **HTTP** | 🔴 Not Started | xx.xx.xx | xx.xx.xx |", "| **HTTP** | 🟡 In Progress | 09.02.2026 | 10.02.2026 |", StringComparison.Ordinal)
            .Replace("| **DNS** | 🔴 Not Started | xx.xx.xx | xx.xx.xx |", "| **DNS** | ✅ Completed | 12.02.2026 | 10.02.2026 |", StringComparison.Ordinal)));

        var findings = Findings("hand-written values");

        Assert.Equal(
            [
                "README.md:8: row 'HTTP' has a finish date (10.02.2026) but is in progress. Mark it '✅ Completed', or write 'xx.xx.xx' as its finish date",
                "README.md:9: row 'DNS' finishes (10.02.2026) before it starts (12.02.2026). Correct one of the dates",
            ],
            findings.Select(f => f.ToString()));
    }

    [Fact]
    public void RoadmapBehindItsNotes_IsStale_AtTheFirstLineThatWouldChange()
    {
        Healthy();
        _repo.Commit("2026-02-12T10:00:00+01:00", "dns", ("notes/dns.md", Roadmaps.RealContent));

        var finding = Assert.Single(Findings("roadmap up to date"));

        Assert.Equal(("stale-table", 9), (finding.Code, finding.Line));
        Assert.StartsWith("the roadmap is stale: 2 values differ", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShallowClone_IsNamedEvenBeforeADateNeedsWhatItCut()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-05T09:00:00+01:00", "title", ("README.md", Roadmaps.Small.Replace("# Roadmap", "# My roadmap", StringComparison.Ordinal)));
        _repo.Commit("2026-02-09T10:00:00+01:00", "http", ("notes/http.md", Roadmaps.RealContent));
        using var clone = TestRepo.Create(_repo.Root + "-shallow");
        clone.Git("fetch", "-q", "--depth", "2", "file://" + _repo.Root, "main");
        clone.Git("reset", "-q", "--hard", "FETCH_HEAD");

        var finding = Assert.Single(Findings("history", clone));

        Assert.Equal(
            "this is a shallow clone: the dates of notes older than its history cannot be known (none are needed yet). " +
            "Fetch the whole history: git fetch --unshallow (in CI: fetch-depth: 0)",
            finding.Message);
        Assert.Empty(Findings("history"));
    }

    [Fact]
    public void NoHook_IsMissing()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));

        Assert.Equal(
            "no pre-commit hook at .git/hooks/pre-commit, so commits do not keep the roadmap up. Install it: roadmap-git hook install",
            Assert.Single(Findings("pre-commit hook")).Message);
    }

    [Fact]
    public void HookOfAnotherTool_IsForeign_ButOneThatCallsRoadmapGitIsFine()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        WriteHook(".git/hooks/pre-commit", "#!/bin/sh\nnpm run lint\n");
        Assert.Equal("hook-foreign", Assert.Single(Findings("pre-commit hook")).Code);

        WriteHook(".git/hooks/pre-commit", "#!/bin/sh\nnpm run lint && roadmap-git hook run pre-commit\n");
        Assert.Empty(Findings("pre-commit hook"));
    }

    [Fact]
    public void HookThatIsNotExecutable_IsSkippedByGit_AndSaysSo()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        HookInstaller.Install(_repo.Root, Tool);
        File.SetUnixFileMode(_repo.Full(".git/hooks/pre-commit"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal(
            "the pre-commit hook at .git/hooks/pre-commit is not executable, so git skips it. Make it executable: chmod +x .git/hooks/pre-commit",
            Assert.Single(Findings("pre-commit hook")).Message);
    }

    [Fact]
    public void HooksPathPointingElsewhere_BypassesTheInstalledHook()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        HookInstaller.Install(_repo.Root, Tool);
        _repo.Git("config", "core.hooksPath", ".githooks");

        Assert.Equal(
            "core.hooksPath points git at .githooks, so roadmap-git's hook at .git/hooks/pre-commit never runs. Install it where git looks: roadmap-git hook install",
            Assert.Single(Findings("pre-commit hook")).Message);
    }

    [Fact]
    public void HookAnOlderRoadmapGitWrote_IsNamed_AndInstallingAgainBringsItUpToDate()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        HookInstaller.Install(_repo.Root, Tool);
        var hook = _repo.Full(".git/hooks/pre-commit");
        File.WriteAllText(hook, File.ReadAllText(hook).Replace($"{HookInstaller.Marker} v{HookInstaller.Version}\n", $"{HookInstaller.Marker} v1\n", StringComparison.Ordinal));

        Assert.Equal(
            "the pre-commit hook at .git/hooks/pre-commit was written by an older roadmap-git: if roadmap-git cannot start, it blocks the commit. Bring it up to date: roadmap-git hook install",
            Assert.Single(Findings("pre-commit hook")).Message);
        Assert.Equal(HookInstallResult.Updated, HookInstaller.Install(_repo.Root, Tool).Result);
        Assert.Empty(Findings("pre-commit hook"));
    }

    [Fact]
    public void HookWithWindowsLineEnds_NoShellRuns_SoItIsNamedForInstallingAgain()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        HookInstaller.Install(_repo.Root, Tool);
        var hook = _repo.Full(".git/hooks/pre-commit");
        File.WriteAllText(hook, File.ReadAllText(hook).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal("hook-outdated", Assert.Single(Findings("pre-commit hook")).Code);
        HookInstaller.Install(_repo.Root, Tool);
        Assert.DoesNotContain('\r', File.ReadAllText(hook));
        Assert.Empty(Findings("pre-commit hook"));
    }

    [Theory]
    [InlineData("v3")]
    [InlineData("v21")]
    public void HookANewerRoadmapGitWrote_IsNeverCalledOutdated(string version)
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        HookInstaller.Install(_repo.Root, Tool);
        var hook = _repo.Full(".git/hooks/pre-commit");
        File.WriteAllText(hook, File.ReadAllText(hook).Replace($"{HookInstaller.Marker} v{HookInstaller.Version}\n", $"{HookInstaller.Marker} {version}\n", StringComparison.Ordinal));

        Assert.Contains($"{HookInstaller.Marker} {version}\n", File.ReadAllText(hook), StringComparison.Ordinal);
        Assert.Empty(Findings("pre-commit hook"));
    }

    [Fact]
    public void ChainedHookThatIsNotExecutable_NoLongerRuns_AndSaysSo()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        WriteHook(".git/hooks/pre-commit", "#!/bin/sh\nnpm run lint\n");
        HookInstaller.Install(_repo.Root, Tool);
        File.SetUnixFileMode(_repo.Full(".git/hooks/pre-commit" + HookInstaller.PreviousSuffix), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal("previous-hook-not-executable", Assert.Single(Findings("pre-commit hook")).Code);
    }

    [Fact]
    public void BadConfiguration_IsNamed_AndTheChecksThatNeedItWait()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small), (".roadmap-git.json", "{ \"stubwords\": 5 }"));

        var report = Run();

        Assert.Equal("config-error", Assert.Single(report.Checks.Single(c => c.Title == "configuration").Findings).Code);
        Assert.All(report.Checks.Where(c => c.Title is "note links" or "roadmap up to date"), c => Assert.Equal("not-checked", Assert.Single(c.Findings).Code));
        Assert.Equal("hook-missing", Assert.Single(report.Checks.Single(c => c.Title == "pre-commit hook").Findings).Code);
    }

    [Fact]
    public void ConfiguredPathsThatDoNotExist_AreConfigurationProblems()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Roadmaps.Small), (".roadmap-git.json", "{ \"template\": \"notes/_tmpl.md\", \"roadmaps\": [\"README.md\", \"docs/ROADMAP.md\"] }"));

        var findings = Findings("configuration");

        Assert.Equal(["cannot-read", "config-path-missing"], findings.Select(f => f.Code));
        Assert.StartsWith("roadmap file 'docs/ROADMAP.md' not found", findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("'template' names notes/_tmpl.md, which does not exist", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MangledRoadmap_IsAnEncodingProblem_WithTheRepairToRun()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Fixture.Text("backend-roadmap.mojibake.md")));

        var finding = Assert.Single(Findings("encoding"));

        Assert.Equal(
            "README.md:5: UTF-8 text was read as Windows-1254 and saved again: 'ğŸ“š' should read '📚' (147 places on 147 lines). " +
            "Repair it: roadmap-git doctor --fix-encoding",
            finding.ToString());
    }

    [Fact]
    public void RoadmapThatIsNotUtf8_OrHoldsADestroyedCharacter_IsAnEncodingProblem()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small.Replace("## Basics", "## \uFFFD Basics", StringComparison.Ordinal)));
        Assert.Equal(("lost-character", 3), (Assert.Single(Findings("encoding")).Code, Findings("encoding")[0].Line));

        _repo.WriteBytes("README.md", [.. System.Text.Encoding.UTF8.GetBytes(Roadmaps.Small), 0xE9, 0x0A]);
        Assert.Equal("not-utf8", Findings("encoding").First().Code);
    }

    [Fact]
    public void FindingOfAKindNoCheckClaims_IsReportedUnderOtherFindings()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        using var git = GitRepository.Open(_repo.Root)!;
        var plan = Roadmaps.Plan(_repo);
        var unclaimed = new Diagnostic("something-new", Severity.Warning, "README.md", 1, "a finding of a new kind");
        var context = new DoctorContext(git, new Core.Files.WorkTree(_repo.Root), Core.Config.RoadmapConfig.Default, null, plan with { Diagnostics = [unclaimed] }, null);

        Assert.Equal([unclaimed], new OtherWarningsCheck(new HashSet<string> { "missing-note" }).Run(context));
    }

    private void Healthy()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-09T10:00:00+01:00", "http", ("notes/http.md", Roadmaps.RealContent));
        Roadmaps.Update(_repo);
        _repo.Commit("2026-02-09T10:05:00+01:00", "update");
        HookInstaller.Install(_repo.Root, Tool);
    }

    private void WriteHook(string path, string script)
    {
        _repo.Write(path, script);
        File.SetUnixFileMode(_repo.Full(path), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private CheckupReport Run(TestRepo? repo = null)
    {
        using var git = GitRepository.Open((repo ?? _repo).Root)!;
        return Checkup.Run(git, TimeProvider.System);
    }

    private List<Diagnostic> Findings(string check, TestRepo? repo = null) =>
        Run(repo).Checks.Single(c => c.Title == check).Findings.ToList();
}
