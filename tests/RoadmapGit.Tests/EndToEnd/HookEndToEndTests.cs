using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HookEndToEndTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void PlainCommit_FiresTheHookAndCommitsTheUpdatedCells()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T23:30:00-05:00", "commit", "-q", "-m", "start http");

        var committed = _repo.Git("show", "HEAD:README.md");
        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(committed, "HTTP")[1..4]);
        Assert.Equal(committed, _repo.Read("README.md"));
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void AfterHookCommits_UpdateCheckFindsNoDrift()
    {
        tool.InstallHook(_repo);
        var steps = new[]
        {
            ("2026-02-09T23:30:00-05:00", "notes/http.md", Roadmaps.RealContent),
            ("2026-02-11T08:00:00+09:00", "notes/dns.md", Roadmaps.RealContent),
            ("2026-02-12T10:00:00+00:00", "notes/http.md", Roadmaps.DoneContent),
        };
        foreach (var (date, note, content) in steps)
        {
            _repo.Write(note, content);
            _repo.Git("add", note);
            _repo.GitAt(date, "commit", "-q", "-m", note);
        }

        var (code, output, _) = tool.Run(_repo.Root, "update", "--check");

        Assert.True(code == 0, output);
        // One finish in the four days spent, one topic open: four days after HTTP was finished.
        Assert.Contains("**Estimated Finish:** 16.02.2026", _repo.Read("README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void CommitAll_UsesTheTemporaryIndexGitHandsTheHook()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        tool.InstallHook(_repo);
        _repo.Write("notes/http.md", Roadmaps.DoneContent);
        _repo.GitAt("2026-02-11T10:00:00+00:00", "commit", "-q", "-a", "-m", "done");

        Assert.Equal(["✅ Completed", "09.02.2026", "11.02.2026"], Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1..4]);
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void CommitWithPaths_UpdatesTheCommitAndLeavesTheIndexClean()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/dns.md", "# DNS\n\nNames resolve to addresses through a hierarchy of servers.\n");
        _repo.GitAt("2026-02-12T10:00:00+00:00", "commit", "-q", "-m", "dns", "notes/dns.md");

        Assert.Equal(["🟡 In Progress", "12.02.2026"], Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "DNS")[1..3]);
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void PartlyStagedReadme_KeepsItsUnstagedLineUnstaged()
    {
        tool.InstallHook(_repo);
        _repo.Stage("README.md", Roadmaps.Small.Replace("# Roadmap\n", "# Roadmap\n\nStaged intro.\n", StringComparison.Ordinal));
        _repo.Write("README.md", _repo.Read("README.md") + "\nUnstaged footer.\n");
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T10:00:00+00:00", "commit", "-q", "-m", "http");

        var committed = _repo.Git("show", "HEAD:README.md");
        Assert.Contains("Staged intro.", committed, StringComparison.Ordinal);
        Assert.DoesNotContain("Unstaged footer.", committed, StringComparison.Ordinal);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(committed, "HTTP")[1]);
        var working = _repo.Read("README.md");
        Assert.Equal("🟡 In Progress", Roadmaps.Row(working, "HTTP")[1]);
        Assert.Equal(committed + "\nUnstaged footer.\n", working);
        Assert.Equal(" M README.md\n", _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void StagedRename_TheRoadmapLinkFollowsInTheSameCommit()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        tool.InstallHook(_repo);
        _repo.Git("mv", "notes/http.md", "notes/http-protocol.md");
        _repo.GitAt("2026-02-10T10:00:00+00:00", "commit", "-q", "-m", "rename");

        var committed = _repo.Git("show", "HEAD:README.md");
        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx", "[HTTP](./notes/http-protocol.md)"], Roadmaps.Row(committed, "HTTP")[1..5]);
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void ExistingHook_IsChainedAndUninstallPutsItBack()
    {
        var hooks = Path.Combine(_repo.Root, ".git", "hooks");
        Directory.CreateDirectory(hooks);
        var mine = "#!/bin/sh\necho mine-ran >> \"$(git rev-parse --git-dir)/mine.log\"\n";
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), mine);
        File.SetUnixFileMode(Path.Combine(hooks, "pre-commit"), (UnixFileMode)0b111_101_101);

        Assert.Contains("the hook that was there runs first", tool.InstallHook(_repo), StringComparison.Ordinal);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T10:00:00+00:00", "commit", "-q", "-m", "http");

        Assert.Equal("mine-ran\n", File.ReadAllText(Path.Combine(_repo.Root, ".git", "mine.log")));
        Assert.Equal("🟡 In Progress", Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1]);
        var (code, output, _) = tool.Run(_repo.Root, "hook", "uninstall");
        Assert.Equal(0, code);
        Assert.Contains("previous hook is back", output, StringComparison.Ordinal);
        Assert.Equal(mine, File.ReadAllText(Path.Combine(hooks, "pre-commit")));
    }

    [Fact]
    public void CoreHooksPath_IsWhereTheHookGoes()
    {
        _repo.Git("config", "core.hooksPath", ".githooks");

        tool.InstallHook(_repo);

        Assert.True(File.Exists(Path.Combine(_repo.Root, ".githooks", "pre-commit")));
        Assert.False(File.Exists(Path.Combine(_repo.Root, ".git", "hooks", "pre-commit")));
    }

    [Fact]
    public void MissingTool_CommitPassesWithAnInstallHint()
    {
        tool.InstallHook(_repo);
        var hook = Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");
        File.WriteAllText(hook, File.ReadAllText(hook).Replace(tool.Executable, "/nonexistent/roadmap-git", StringComparison.Ordinal));
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00",
            new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["HOME"] = _repo.Root }, "commit", "-q", "-m", "http");

        Assert.Equal(0, code);
        Assert.Contains("dotnet tool install --global RoadmapGit", error, StringComparison.Ordinal);
        Assert.Equal(Roadmaps.Small, _repo.Git("show", "HEAD:README.md"));
    }

    [Theory]
    [InlineData(false, 150, "You must install or update .NET to run this application.", "/bin/sh")]
    [InlineData(true, 1, "Run \"dotnet tool restore\" to make the \"roadmap-git\" command available.", "/bin/bash")]
    public void ToolThatCannotStart_NeverBlocksTheCommit_AndTheHookSaysSo(bool strict, int exitCode, string said, string shell)
    {
        if (strict)
        {
            _repo.Commit("2026-02-01T09:00:00+00:00", "strict", (".roadmap-git.json", "{ \"strict\": true }"));
        }

        tool.InstallHook(_repo);
        ForgetTheInstallingTool();

        // Where sh is bash, errexit passed in SHELLOPTS must not stop the shim at the tool's failure.
        var hook = Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");
        File.WriteAllText(hook, File.ReadAllText(hook).Replace("#!/bin/sh\n", $"#!{shell}\n", StringComparison.Ordinal));

        // What a runtime that is gone (150), or a local tool not restored (1, as a strict block once had), says and does.
        var broken = Path.Combine(_repo.Root, ".bin");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "roadmap-git"), $"#!/bin/sh\necho '{said}' >&2\nexit {exitCode}\n");
        File.SetUnixFileMode(Path.Combine(broken, "roadmap-git"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00",
            new Dictionary<string, string> { ["PATH"] = broken + ":/usr/bin:/bin", ["HOME"] = _repo.Root, ["SHELLOPTS"] = "errexit" },
            "commit", "-q", "-m", "http");

        Assert.True(code == 0, error);
        Assert.Contains(
            $"roadmap-git: it did not run to its end (exit code {exitCode}), so the roadmap may not be updated; the commit goes on. Check that it starts: roadmap-git --version",
            error, StringComparison.Ordinal);
        Assert.Equal(Roadmaps.Small, _repo.Git("show", "HEAD:README.md"));
        Assert.Equal(Roadmaps.RealContent, _repo.Git("show", "HEAD:notes/http.md"));
    }

    [Fact]
    public void HookAnOlderRoadmapGitWrote_IsNamedOnEveryCommitItRuns()
    {
        tool.InstallHook(_repo);
        var hook = Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");
        File.WriteAllLines(hook, File.ReadAllLines(hook).Where(l => !l.StartsWith("ROADMAP_GIT_HOOK=", StringComparison.Ordinal)));
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "http");

        Assert.True(code == 0, error);
        Assert.Contains("roadmap-git: warning: the pre-commit hook was written by an older roadmap-git", error, StringComparison.Ordinal);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1]);
        tool.InstallHook(_repo);
        _repo.Stage("notes/dns.md", Roadmaps.RealContent);
        Assert.DoesNotContain("older roadmap-git", _repo.TryRun("2026-02-10T10:00:00+00:00", null, "commit", "-q", "-m", "dns").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HookManagerChainedBeforeTheHook_CallsRoadmapGit_AndHearsNoWordOfAnOlderHook()
    {
        var hooks = Path.Combine(_repo.Root, ".git", "hooks");
        Directory.CreateDirectory(hooks);
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), $"#!/bin/sh\nexec '{tool.Executable}' hook run pre-commit\n");
        File.SetUnixFileMode(Path.Combine(hooks, "pre-commit"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        tool.InstallHook(_repo);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "http");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("older roadmap-git", error, StringComparison.Ordinal);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1]);
    }

    [Fact]
    public void HookManagerThatRunsItsScriptByName_IsLeftAsItIs_AndRoadmapGitRunsFromThatScript()
    {
        // A hook manager's stub, as husky writes one: it runs the script named like itself, one folder up.
        var stubs = Path.Combine(_repo.Root, ".manager", "_");
        Directory.CreateDirectory(stubs);
        var stub = Path.Combine(stubs, "pre-commit");
        const string StubText = "#!/bin/sh\n. \"$(dirname \"$0\")/h\"\n";
        File.WriteAllText(stub, StubText);
        File.WriteAllText(Path.Combine(stubs, "h"), "s=$(dirname \"$(dirname \"$0\")\")/$(basename \"$0\")\n[ -f \"$s\" ] || exit 0\nsh -e \"$s\" \"$@\"\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = Path.Combine(_repo.Root, ".manager", "pre-commit");
        File.WriteAllText(script, "echo 'lint ran' >&2\n");
        _repo.Git("config", "core.hooksPath", ".manager/_");

        var (code, output, error) = tool.Run(_repo.Root, "hook", "install");

        Assert.True(code == 0, error);
        Assert.Equal($"the pre-commit hook runs {script}, which a hook manager or the repository keeps: left as it is. Add this line to {script}: roadmap-git hook run pre-commit\n", output);
        Assert.Equal(StubText, File.ReadAllText(stub));
        Assert.False(File.Exists(stub + ".roadmap-git-previous"));
        Assert.Contains(
            "the pre-commit hook at .manager/_/pre-commit is a hook manager's, which runs .manager/pre-commit, and that does not call roadmap-git",
            tool.Run(_repo.Root, "doctor").Output, StringComparison.Ordinal);

        File.AppendAllText(script, "roadmap-git hook run pre-commit\n");
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        var (committed, _, said) = _repo.TryRun("2026-02-09T10:00:00+00:00",
            new Dictionary<string, string> { ["PATH"] = tool.ToolPath + ":/usr/bin:/bin" }, "commit", "-q", "-m", "http");

        Assert.True(committed == 0, said);
        Assert.Contains("lint ran", said, StringComparison.Ordinal);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1]);
        Assert.Contains("✓ pre-commit hook", tool.Run(_repo.Root, "doctor").Output, StringComparison.Ordinal);
        Assert.Equal($"the pre-commit hook runs {script}, which calls roadmap-git already: nothing to install\n", tool.Run(_repo.Root, "hook", "install").Output);
    }

    [Theory]
    [InlineData(". \"$(dirname \"$0\")/h\"")]
    [InlineData(". \"${0%/*}/h\"")]
    public void HookManagerStubAnOlderRoadmapGitMovedAside_IsNamed_AndInstallingAgainPutsItBack(string stubLine)
    {
        var stubs = Path.Combine(_repo.Root, ".manager", "_");
        Directory.CreateDirectory(stubs);
        var stub = Path.Combine(stubs, "pre-commit");
        var stubText = $"#!/bin/sh\n{stubLine}\n";
        File.WriteAllText(stub, stubText);
        File.WriteAllText(Path.Combine(stubs, "h"), "s=$(dirname \"$(dirname \"$0\")\")/$(basename \"$0\")\n[ -f \"$s\" ] || exit 0\nsh -e \"$s\" \"$@\"\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.WriteAllText(Path.Combine(_repo.Root, ".manager", "pre-commit"), "echo 'lint failed' >&2\nexit 1\n");
        _repo.Git("config", "core.hooksPath", ".manager/_");

        // What an older roadmap-git did: the stub moved aside, roadmap-git's hook in its place.
        File.Move(stub, stub + ".roadmap-git-previous");
        File.WriteAllText(stub, "#!/bin/sh\n# roadmap-git-hook v1\nexit 0\n");
        File.SetUnixFileMode(stub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Assert.Contains(
            "the hook manager's stub at .manager/_/pre-commit.roadmap-git-previous, moved aside by an older roadmap-git, finds no script under that name and runs nothing",
            tool.Run(_repo.Root, "doctor").Output, StringComparison.Ordinal);

        Assert.Equal(0, tool.Run(_repo.Root, "hook", "install").ExitCode);

        Assert.Equal(stubText, File.ReadAllText(stub));
        Assert.False(File.Exists(stub + ".roadmap-git-previous"));
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "http");
        Assert.NotEqual(0, code);
        Assert.Contains("lint failed", error, StringComparison.Ordinal);
    }

    [Fact]
    public void HookTheRepositoryTracks_IsLeftAsItIs_AndNamedAsTheScriptToCallRoadmapGitFrom()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "team hooks", (".githooks/pre-commit", "#!/bin/sh\necho 'team hook ran' >&2\n"));
        var hook = Path.Combine(_repo.Root, ".githooks", "pre-commit");
        File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _repo.Git("config", "core.hooksPath", ".githooks");

        var (code, output, error) = tool.Run(_repo.Root, "hook", "install");

        Assert.True(code == 0, error);
        Assert.StartsWith($"the pre-commit hook runs {hook}, which a hook manager or the repository keeps: left as it is.", output, StringComparison.Ordinal);
        Assert.Equal("#!/bin/sh\necho 'team hook ran' >&2\n", File.ReadAllText(hook));
        Assert.False(File.Exists(hook + ".roadmap-git-previous"));
        Assert.Equal(string.Empty, _repo.Git("ls-files", "--deleted", "--", ".githooks"));
    }

    [Fact]
    public void StrictBlock_HasAnExitCodeOfItsOwn_WhichTheHookPassesOnToGit()
    {
        _repo.Commit("2026-02-01T09:00:00+00:00", "strict",
            ("README.md", Roadmaps.Small + "| **Orphan** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | no link |\n"), (".roadmap-git.json", "{ \"strict\": true }"));
        tool.InstallHook(_repo);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        Assert.Equal(4, tool.Run(_repo.Root, "hook", "run", "pre-commit").ExitCode);
        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "http");

        Assert.NotEqual(0, code);
        Assert.Contains("commit blocked (strict)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("did not run to its end", error, StringComparison.Ordinal);
        Assert.Equal("strict", _repo.Git("log", "-1", "--format=%s").Trim());
    }

    [Fact]
    public void UpdateCheck_ExitsOneWithADiffAndWritesNothing()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));

        var (code, output, error) = tool.Run(_repo.Root, "update", "--check");

        Assert.Equal(1, code);
        Assert.Contains("-| **HTTP** | 🔴 Not Started | xx.xx.xx |", output, StringComparison.Ordinal);
        Assert.Contains("+| **HTTP** | 🟡 In Progress | 09.02.2026 |", output, StringComparison.Ordinal);
        Assert.Contains("stale", error, StringComparison.Ordinal);
        Assert.Equal(Roadmaps.Small, _repo.Read("README.md"));
        Assert.Equal(0, tool.Run(_repo.Root, "update").ExitCode);
        Assert.Equal(0, tool.Run(_repo.Root, "update", "--check").ExitCode);
    }

    [Fact]
    public void BadConfig_IsOneLineNamingTheKeyAndExitCodeTwo()
    {
        _repo.Write(".roadmap-git.json", "{ \"completion\": \"sometimes\" }");

        var (code, output, error) = tool.Run(_repo.Root, "update");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("roadmap-git: error: .roadmap-git.json line 1: 'completion' is \"sometimes\". Use \"marked\" or \"written\"\n", error);
    }

    [Fact]
    public void ReportJson_ListsEveryTopicWithIsoDates()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.DoneContent));

        var (code, output, _) = tool.Run(_repo.Root, "report", "--format", "json");

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var topics = json.RootElement.GetProperty("topics").EnumerateArray().ToList();
        Assert.Equal(2, topics.Count);
        Assert.Equal("HTTP", topics[0].GetProperty("title").GetString());
        Assert.Equal("Basics", topics[0].GetProperty("section").GetString());
        Assert.Equal("notes/http.md", topics[0].GetProperty("note").GetString());
        Assert.Equal("completed", topics[0].GetProperty("status").GetString());
        Assert.Equal("2026-02-09", topics[0].GetProperty("start").GetString());
        Assert.Equal("2026-02-09", topics[0].GetProperty("finish").GetString());
        Assert.Equal("not-started", topics[1].GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, topics[1].GetProperty("start").ValueKind);
    }

    [Fact]
    public void Explain_ShowsEachCommitAndWhy()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T10:00:00+00:00", "spacing", ("notes/http.md", Roadmaps.RealContent + "\n\n"));

        var (code, output, _) = tool.Run(_repo.Root, "explain", "http");

        Assert.Equal(0, code);
        Assert.Contains("in progress — real content", output, StringComparison.Ordinal);
        Assert.Contains("skipped — only white space changed", output, StringComparison.Ordinal);
        Assert.Contains("Start:  2026-02-09 — first commit with real content", output, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalToolManifest_IsFoundByTheHookWhenNothingElseIs()
    {
        Dotnet("new", "tool-manifest");
        Dotnet("tool", "install", "RoadmapGit", "--add-source", tool.Packages, "--version", tool.Version);
        Dotnet("tool", "run", "roadmap-git", "hook", "install");
        ForgetTheInstallingTool();
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00",
            new Dictionary<string, string>
            {
                ["PATH"] = Path.GetDirectoryName(DotnetHost())! + ":/usr/bin:/bin",
                ["NUGET_PACKAGES"] = tool.NuGetPackages,
            },
            "commit", "-q", "-m", "http");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("not installed", error, StringComparison.Ordinal);
        Assert.True(Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1] == "🟡 In Progress", error);
    }

    private void Dotnet(params string[] args) => tool.Dotnet(_repo.Root, args);

    /// <summary>Blanks the tool location written at install, so the shim has to search for one.</summary>
    private void ForgetTheInstallingTool()
    {
        var hook = Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");
        File.WriteAllLines(hook, File.ReadAllLines(hook).Select(l => l.StartsWith("installed_", StringComparison.Ordinal) ? l.Split('=')[0] + "=''" : l));
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "/usr/bin/dotnet";

    [Fact]
    public void UntrackedRoadmap_IsNeverStagedByTheHook()
    {
        _repo.Git("rm", "-q", "--cached", "README.md");
        _repo.GitAt("2026-02-02T09:00:00+00:00", "commit", "-q", "--no-verify", "-m", "untrack the roadmap");
        tool.InstallHook(_repo);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        _repo.GitAt("2026-02-09T10:00:00+00:00", "commit", "-q", "-m", "http");

        Assert.Equal("notes/http.md\n", _repo.Git("ls-files"));
        Assert.Equal(Roadmaps.Small, _repo.Read("README.md"));
    }

    [Fact]
    public void UpdateDryRun_PrintsTheDiffAndWritesNothing()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));

        var (code, output, _) = tool.Run(_repo.Root, "update", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("+| **HTTP** | 🟡 In Progress | 09.02.2026 | xx.xx.xx |", output, StringComparison.Ordinal);
        Assert.Equal(Roadmaps.Small, _repo.Read("README.md"));
    }

    [Theory]
    [InlineData("PATH")]
    [InlineData("HOME")]
    public void Shim_FindsAGlobalToolOnPathOrInDotnetTools(string where)
    {
        tool.InstallHook(_repo);
        ForgetTheInstallingTool();
        var home = Path.Combine(_repo.Root, ".home");
        Directory.CreateDirectory(Path.Combine(home, ".dotnet"));
        File.CreateSymbolicLink(Path.Combine(home, ".dotnet", "tools"), tool.ToolPath);
        var environment = where == "PATH"
            ? new Dictionary<string, string> { ["PATH"] = tool.ToolPath + ":/usr/bin:/bin", ["HOME"] = Path.Combine(_repo.Root, ".nohome") }
            : new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin", ["HOME"] = home };
        _repo.Stage("notes/http.md", Roadmaps.RealContent);

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", environment, "commit", "-q", "-m", "http");

        Assert.True(code == 0, error);
        Assert.True(Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1] == "🟡 In Progress", error);
    }

    [Fact]
    public void StagedDeletion_TheTopicGoesBackToNotStarted()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", Roadmaps.RealContent));
        tool.InstallHook(_repo);
        _repo.Git("rm", "-q", "notes/http.md");
        _repo.GitAt("2026-02-10T10:00:00+00:00", "commit", "-q", "-m", "drop http");

        Assert.Equal(["🔴 Not Started", "xx.xx.xx", "xx.xx.xx"], Roadmaps.Row(_repo.Git("show", "HEAD:README.md"), "HTTP")[1..4]);
    }

    [Fact]
    public void ManyWarnings_TheHookShowsTheFirstFiveAndACount()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/http.md", Roadmaps.RealContent);
        foreach (var i in Enumerable.Range(1, 8))
        {
            _repo.Stage($"notes/extra-{i}.md", Roadmaps.RealContent);
        }

        var (code, _, error) = _repo.TryRun("2026-02-09T10:00:00+00:00", null, "commit", "-q", "-m", "http");

        Assert.Equal(0, code);
        Assert.Equal(5, error.Split('\n').Count(l => l.Contains("no roadmap row links this note", StringComparison.Ordinal)));
        Assert.Contains("roadmap-git: warning: 3 more; roadmap-git update --dry-run lists them all", error, StringComparison.Ordinal);
    }

    [Fact]
    public void InstallingTwice_UpdatesInPlaceAndNeverChainsItself()
    {
        tool.InstallHook(_repo);

        Assert.StartsWith("updated the pre-commit hook", tool.InstallHook(_repo), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_repo.Root, ".git", "hooks", "pre-commit.roadmap-git-previous")));
        Assert.Equal(0, tool.Run(_repo.Root, "hook", "uninstall").ExitCode);
        Assert.False(File.Exists(Path.Combine(_repo.Root, ".git", "hooks", "pre-commit")));
        Assert.Contains("nothing removed", tool.Run(_repo.Root, "hook", "uninstall").Output, StringComparison.Ordinal);
    }
}
