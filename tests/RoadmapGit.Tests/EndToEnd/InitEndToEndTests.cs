using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InitEndToEndTests : IDisposable
{
    private const string DnsRow = "| **DNS and how it works?** | ✅ Completed | 18.02.2026 | 18.02.2026 | [DNS System](./notes/05-dns-system.md) |";
    private readonly PackedTool _tool;
    private readonly TestRepo _repo = TestRepo.Create();

    public InitEndToEndTests(PackedTool tool)
    {
        _tool = tool;
        SampleLearner.Commit(_repo);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void SampleLearner_InitThenAHookedCommitOfANewNote_ChangesOnlyThatRowAndTheOverallLines()
    {
        var before = _repo.Read("README.md");
        var (code, _, error) = _tool.Run(_repo.Root, "init");
        Assert.True(code == 0, error);
        Assert.Equal(before, _repo.Read("README.md"));

        _repo.Stage("notes/05-dns-system.md", SampleLearner.Note("DNS and how it works?"));
        _repo.Git("add", ".roadmap-git.json", ".roadmap-git.schema.json");
        var commit = _repo.TryRun("2026-02-18T19:00:00+03:00", null, "commit", "-q", "-m", "dns");

        Assert.Equal(0, commit.ExitCode);
        Assert.Equal("roadmap-git: DNS and how it works?: ✅ Completed, started 18.02.2026, finished 18.02.2026\n", commit.Error);
        // Four topics finished in the ten days since 09.02 (0.4 a day), two open: five days after 18.02.
        Assert.Equal(
            ["**Overall Status:** 🟡 In Progress | **Start:** 09.02.2026 | **Estimated Finish:** 23.02.2026", DnsRow],
            ChangedLines(before, _repo.Git("show", "HEAD:README.md")));
        Assert.Equal(
            [".roadmap-git.cells", ".roadmap-git.json", ".roadmap-git.schema.json", "README.md", "notes/05-dns-system.md"],
            _repo.Git("show", "--name-only", "--format=", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void Init_PrintsWhatTheReadmeShows()
    {
        var (code, output, error) = _tool.Run(_repo.Root, "init");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(ReadmeInitOutput(), output);
    }

    [Fact]
    public void InitTwice_TheSecondRunChangesNothing_AndUpdatesTheHookInPlace()
    {
        _tool.Run(_repo.Root, "init");
        var config = _repo.ReadBytes(".roadmap-git.json");
        var hook = _repo.ReadBytes(".git/hooks/pre-commit");

        var (code, output, _) = _tool.Run(_repo.Root, "init");

        Assert.Equal(0, code);
        Assert.Equal(config, _repo.ReadBytes(".roadmap-git.json"));
        Assert.Equal(hook, _repo.ReadBytes(".git/hooks/pre-commit"));
        Assert.Contains("completion mode: written, as .roadmap-git.json says (history suggests written, because ", output, StringComparison.Ordinal);
        Assert.Contains("\n.roadmap-git.json already says all that; left as it is\n", output, StringComparison.Ordinal);
        Assert.Contains("\n.roadmap-git.schema.json is up to date\n", output, StringComparison.Ordinal);
        Assert.Contains("\nupdated the pre-commit hook in place at .git/hooks/pre-commit\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void NoHookAndMode_WriteTheModeAndInstallNoHook()
    {
        var (code, output, _) = _tool.Run(_repo.Root, "init", "--no-hook", "--mode", "marked");

        Assert.Equal(0, code);
        Assert.False(File.Exists(_repo.Full(".git/hooks/pre-commit")));
        Assert.Contains("\"completion\": \"marked\"", _repo.Read(".roadmap-git.json"), StringComparison.Ordinal);
        Assert.Contains("completion mode: marked, as --mode asks (history suggests written, because ", output, StringComparison.Ordinal);
        Assert.Contains("\ninstalled no pre-commit hook (--no-hook); roadmap-git hook install puts it in place\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownMode_IsOneLineAndExitCodeTwo_AndWritesNothing()
    {
        var (code, output, error) = _tool.Run(_repo.Root, "init", "--mode", "sometimes");

        Assert.Equal((2, string.Empty), (code, output));
        Assert.Equal("roadmap-git: error: 'sometimes' is not a value of --mode. Use marked or written\n", error);
        Assert.False(File.Exists(_repo.Full(".roadmap-git.json")));
    }

    /// <summary>The text block the README shows under "Adopting a roadmap kept by hand".</summary>
    private static string ReadmeInitOutput()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        return readme.Split("### Adopting a roadmap kept by hand")[1].Split("```text\n")[1].Split("```")[0];
    }

    private static List<string> ChangedLines(string before, string after)
    {
        var (old, now) = (before.Split('\n'), after.Split('\n'));
        Assert.Equal(old.Length, now.Length);
        return now.Where((line, i) => line != old[i]).ToList();
    }
}
