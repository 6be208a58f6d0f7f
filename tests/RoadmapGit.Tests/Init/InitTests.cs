using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Init;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Init;

public sealed class InitTests : IDisposable
{
    private static readonly ToolCommand Tool = new("roadmap-git", null);
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void OneSittingHistory_ProposesWritten_AndLeavesTheTableByteForByte()
    {
        SampleLearner.Commit(_repo);
        var before = _repo.ReadBytes("README.md");

        var result = Init();

        Assert.Equal(CompletionMode.Written, result.Completion);
        Assert.Equal(ModeSource.History, result.CompletionSource);
        Assert.Equal(new ModeProposal(CompletionMode.Written, ModeReason.OneSitting, 4, 3, 0, "notes/01-internet-basics.md", 1), result.Proposal);
        Assert.Equal(before, _repo.ReadBytes("README.md"));
        Assert.Equal("{\n  \"$schema\": \"./.roadmap-git.schema.json\",\n  \"completion\": \"written\"\n}\n", _repo.Read(RoadmapConfig.FileName));
        Assert.False(File.Exists(_repo.Full(WrittenCells.FileName)));
    }

    [Fact]
    public void GrowingHistory_ProposesMarked_AndLeavesTheTableByteForByte()
    {
        _repo.Commit("2026-02-08T20:00:00+03:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-09T21:00:00+03:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T21:00:00+03:00", "http", ("notes/http.md", Roadmaps.RealContent + "\nStatus codes: 2xx success, 4xx client errors, 5xx server errors.\n"));
        _repo.Commit("2026-02-11T21:00:00+03:00", "dns", ("notes/dns.md", "# DNS\n\nNames resolve to addresses through a hierarchy of servers.\n"));
        _repo.Commit("2026-02-12T21:00:00+03:00", "http", ("notes/http.md", Roadmaps.RealContent + "\nStatus codes: 2xx success, 4xx client errors, 5xx server errors.\nHeaders carry caching rules.\n"));
        var before = _repo.ReadBytes("README.md");

        var result = Init();

        Assert.Equal(new ModeProposal(CompletionMode.Marked, ModeReason.Grew, 2, 0, 1, "notes/http.md", 3), result.Proposal);
        Assert.Equal(CompletionMode.Marked, result.Completion);
        Assert.Equal(before, _repo.ReadBytes("README.md"));
        Assert.Contains("\"completion\": \"marked\"", _repo.Read(RoadmapConfig.FileName), StringComparison.Ordinal);
        Assert.Equal(4, result.PendingCells);
    }

    [Fact]
    public void AsManyOfEachHabit_ProposesTheDefault()
    {
        var roadmap = Roadmaps.Small;
        _repo.Commit("2026-02-08T20:00:00+03:00", "roadmap", ("README.md", roadmap));
        roadmap = roadmap.Replace("| **HTTP** | 🔴 Not Started |", "| **HTTP** | ✅ Completed |", StringComparison.Ordinal);
        _repo.Commit("2026-02-09T21:00:00+03:00", "http, done", ("notes/http.md", Roadmaps.RealContent), ("README.md", roadmap));
        _repo.Commit("2026-02-10T21:00:00+03:00", "dns", ("notes/dns.md", "# DNS\n\nNames resolve to addresses through a hierarchy of servers.\n"));
        _repo.Commit("2026-02-11T21:00:00+03:00", "dns", ("notes/dns.md", "# DNS\n\nNames resolve to addresses through a hierarchy of servers, cached on the way.\n"));

        var result = Init();

        Assert.Equal(new ModeProposal(CompletionMode.Marked, ModeReason.Tie, 2, 1, 1, null, 0), result.Proposal);
    }

    [Fact]
    public void NoNoteYet_ProposesTheDefault()
    {
        _repo.Commit("2026-02-08T20:00:00+03:00", "roadmap", ("README.md", Roadmaps.Small));

        var result = Init();

        Assert.Equal(new ModeProposal(CompletionMode.Marked, ModeReason.NoEvidence, 0, 0, 0, null, 0), result.Proposal);
    }

    [Fact]
    public void HandValuesHistoryContradicts_AreListedWithWhatHistorySays()
    {
        SampleLearner.Commit(_repo);

        var result = Init();

        Assert.Equal(
            [
                ("What is HTTP?", CellColumn.Status, "✅ In Progress", "✅ Completed"),
                ("What is HTTP?", CellColumn.Start, "10.02.2026", "11.02.2026"),
                ("What is HTTP?", CellColumn.Finish, "10.02.2026", "11.02.2026"),
                ("What is Domain Name?", CellColumn.Start, "12.02.2026", "13.02.2026"),
                ("What is hosting?", CellColumn.Start, "15.02.2026", "16.02.2026"),
                ("What is hosting?", CellColumn.Finish, "15.02.2026", "16.02.2026"),
            ],
            result.Disagreements.Select(d => (d.Topic, d.Cell, d.TableSays, d.HistorySays)));
        Assert.All(result.Disagreements, d => Assert.Equal("README.md", d.File));
        Assert.Equal(0, result.PendingCells);
    }

    [Fact]
    public void HandValuesHistoryContradicts_AreWhatRebuildWrites()
    {
        SampleLearner.Commit(_repo);
        var disagreements = Init().Disagreements;

        var rebuilt = Roadmaps.Update(_repo, rebuild: true);

        foreach (var d in disagreements)
        {
            var cells = Roadmaps.Row(rebuilt, d.Topic);
            Assert.Equal(d.HistorySays, cells[1 + (int)d.Cell]);
        }
    }

    [Fact]
    public void RunTwice_ChangesNothingTheSecondTime()
    {
        SampleLearner.Commit(_repo);
        var first = Init();
        var config = _repo.ReadBytes(RoadmapConfig.FileName);
        var schema = _repo.ReadBytes(ConfigSchema.FileName);
        var hook = File.ReadAllBytes(first.Hook!.Path);

        var second = Init();

        Assert.Equal(HookInstallResult.Installed, first.Hook.Result);
        Assert.Equal((FileOutcome.Created, FileOutcome.Created), (first.Config, first.Schema!.Value));
        Assert.Equal((FileOutcome.Unchanged, FileOutcome.Unchanged), (second.Config, second.Schema!.Value));
        Assert.Equal(HookInstallResult.Updated, second.Hook!.Result);
        Assert.Empty(second.AddedKeys);
        Assert.Equal(config, _repo.ReadBytes(RoadmapConfig.FileName));
        Assert.Equal(schema, _repo.ReadBytes(ConfigSchema.FileName));
        Assert.Equal(hook, File.ReadAllBytes(second.Hook.Path));
        Assert.Equal(ModeSource.Config, second.CompletionSource);
    }

    [Fact]
    public void NoHook_InstallsNone()
    {
        SampleLearner.Commit(_repo);

        var result = Init(hook: false);

        Assert.Null(result.Hook);
        Assert.False(File.Exists(HookInstaller.HookPath(_repo.Root)));
        Assert.True(File.Exists(_repo.Full(RoadmapConfig.FileName)));
    }

    [Fact]
    public void ModeOption_IsWritten_AndHistorysProposalIsStillTold()
    {
        SampleLearner.Commit(_repo);

        var result = Init(CompletionMode.Marked);

        Assert.Equal((CompletionMode.Marked, ModeSource.Option), (result.Completion, result.CompletionSource));
        Assert.Equal(CompletionMode.Written, result.Proposal.Mode);
        Assert.Contains("\"completion\": \"marked\"", _repo.Read(RoadmapConfig.FileName), StringComparison.Ordinal);
        Assert.Contains(result.Disagreements, d => d is { Topic: "How does the internet work?", Cell: CellColumn.Status, HistorySays: "🟡 In Progress" });
    }

    [Fact]
    public void ExistingConfig_KeepsEveryByteAndKey_AndGetsOnlyWhatItLacks()
    {
        SampleLearner.Commit(_repo);
        const string Mine = "// my settings\r\n{\r\n  \"strict\": true, // block on warnings\r\n  \"stubWords\": 7,\r\n}\r\n";
        _repo.Write(RoadmapConfig.FileName, Mine);

        var result = Init();

        Assert.Equal(FileOutcome.Updated, result.Config);
        Assert.Equal(["$schema", "completion"], result.AddedKeys);
        var text = _repo.Read(RoadmapConfig.FileName);
        Assert.Equal("// my settings\r\n{\r\n  \"$schema\": \"./.roadmap-git.schema.json\",\r\n  \"completion\": \"written\",\r\n  \"strict\": true, // block on warnings\r\n  \"stubWords\": 7,\r\n}\r\n", text);
        var config = ConfigLoader.Parse(text);
        Assert.Equal((true, 7, CompletionMode.Written), (config.Strict, config.StubWords, config.Completion));
    }

    [Fact]
    public void ExistingConfig_ItsCompletionIsKept_OverWhatHistorySuggests()
    {
        SampleLearner.Commit(_repo);
        _repo.Write(RoadmapConfig.FileName, "{ \"completion\": \"marked\", \"$schema\": \"my/own.json\" }");

        var result = Init();

        Assert.Equal((CompletionMode.Marked, ModeSource.Config, CompletionMode.Written), (result.Completion, result.CompletionSource, result.Proposal.Mode));
        Assert.Equal(FileOutcome.Unchanged, result.Config);
        Assert.Null(result.Schema);
        Assert.False(File.Exists(_repo.Full(ConfigSchema.FileName)));
        Assert.Equal("{ \"completion\": \"marked\", \"$schema\": \"my/own.json\" }", _repo.Read(RoadmapConfig.FileName));
    }

    [Fact]
    public void ModeOptionAgainstTheConfigsCompletion_IsRefused_AndNothingIsWritten()
    {
        SampleLearner.Commit(_repo);
        _repo.Write(RoadmapConfig.FileName, "{ \"completion\": \"marked\" }");

        var error = Assert.Throws<UsageException>(() => Init(CompletionMode.Written));

        Assert.Contains("\"completion\" is \"marked\" in .roadmap-git.json", error.Message, StringComparison.Ordinal);
        Assert.Equal("{ \"completion\": \"marked\" }", _repo.Read(RoadmapConfig.FileName));
        Assert.False(File.Exists(_repo.Full(ConfigSchema.FileName)));
        Assert.False(File.Exists(HookInstaller.HookPath(_repo.Root)));
    }

    [Fact]
    public void BadExistingConfig_IsAConfigError_AndNothingIsWritten()
    {
        SampleLearner.Commit(_repo);
        _repo.Write(RoadmapConfig.FileName, "{ \"completoin\": \"written\" }");

        Assert.Throws<ConfigException>(() => Init());

        Assert.False(File.Exists(HookInstaller.HookPath(_repo.Root)));
        Assert.False(File.Exists(_repo.Full(ConfigSchema.FileName)));
    }

    [Fact]
    public void RoadmapsElsewhere_AreFound_AndWrittenIntoTheConfig()
    {
        _repo.Commit("2026-02-08T20:00:00+03:00", "roadmaps",
            ("README.md", "# About\n\nNo table here.\n"),
            ("docs/backend.md", Roadmaps.Small.Replace("./notes/", "../notes/", StringComparison.Ordinal)),
            ("docs/frontend.md", Roadmaps.Small.Replace("./notes/http.md", "../notes/css.md", StringComparison.Ordinal).Replace("./notes/dns.md", "../notes/html.md", StringComparison.Ordinal)),
            ("notes/http.md", "| Topic | Status | Finish |\n|---|---|---|\n| [x](dns.md) | done | |\n"));

        var result = Init();

        Assert.Equal(["docs/backend.md", "docs/frontend.md"], result.Roadmaps);
        Assert.False(result.RoadmapsConfigured);
        Assert.Contains("\"roadmaps\": [\"docs/backend.md\", \"docs/frontend.md\"],", _repo.Read(RoadmapConfig.FileName), StringComparison.Ordinal);
        Assert.Equal(["docs/backend.md", "docs/frontend.md"], ConfigLoader.Load(_repo.Root).Roadmaps);
    }

    [Fact]
    public void RoadmapFound_ReadmeComesFirst_AndAnUntrackedOneIsNot()
    {
        _repo.Commit("2026-02-08T20:00:00+03:00", "roadmaps", ("README.md", Roadmaps.Small), ("a/plan.md", Roadmaps.Small.Replace("./notes/", "../notes/", StringComparison.Ordinal)));
        _repo.Write("b/draft.md", Roadmaps.Small);

        var result = Init();

        Assert.Equal(["README.md", "a/plan.md"], result.Roadmaps);
    }

    [Fact]
    public void NoRoadmapTable_IsAUsageError()
    {
        _repo.Commit("2026-02-08T20:00:00+03:00", "readme", ("README.md", "# Notes\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));

        var error = Assert.Throws<UsageException>(() => Init());

        Assert.StartsWith("no roadmap found", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_repo.Full(RoadmapConfig.FileName)));
    }

    private InitResult Init(CompletionMode? mode = null, bool hook = true)
    {
        using var git = GitRepository.Open(_repo.Root)!;
        return Initializer.Run(git, new InitRequest(mode, hook ? Tool : null), TimeProvider.System);
    }
}
