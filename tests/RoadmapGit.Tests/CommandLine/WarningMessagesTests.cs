using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.CommandLine;

/// <summary>Every warning a learner's mistake gets, as the tool prints it: each names the fix.</summary>
public sealed class WarningMessagesTests : IDisposable
{
    private const string Note = "notes/http.md";

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    public static TheoryData<string> Mistakes { get; } = new(
        "missing-note-did-you-mean", "misplaced-note", "unlinked-note", "unknown-status", "status-with-symbol", "unknown-done",
        "unreadable-date", "unknown-status-line", "no-roadmap-table", "no-roadmap-table-anywhere", "rows-without-note");

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Update_WarnsAboutTheMistake_WithItsFix(string mistake)
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", Files(mistake));

        var (code, _, error) = InProcessTool.RunIn(_repo.Root, "update");

        Assert.Equal(0, code);
        Golden.AssertMatches($"warnings/{mistake}.txt", error);
    }

    [Fact]
    public void RoadmapWithoutATable_IsNeitherUpToDateNorZeroOfZeroTopics()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", Files("no-roadmap-table"));

        var update = InProcessTool.RunIn(_repo.Root, "update");
        var report = InProcessTool.RunIn(_repo.Root, "report");

        Assert.Equal((string.Empty, string.Empty), (update.Output, report.Output));
        Assert.Equal(update.Error, report.Error);
    }

    private static (string, string?)[] Files(string mistake) => mistake switch
    {
        "missing-note-did-you-mean" =>
            [("README.md", Roadmaps.Small.Replace("./notes/http.md", "./note/http.md", StringComparison.Ordinal)), (Note, Roadmaps.RealContent)],
        "misplaced-note" => [("README.md", Roadmaps.Small), ("note/http.md", Roadmaps.RealContent)],
        "unlinked-note" => [("README.md", Roadmaps.Small), (Note, Roadmaps.RealContent), ("notes/cheatsheet.md", Roadmaps.RealContent)],
        "unknown-status" => WithNote("---\nstatus: doen\n---\n"),
        "status-with-symbol" => WithNote("---\nstatus: completed ✅\n---\n"),
        "unknown-done" => WithNote("---\ndone: yes\n---\n"),
        "unreadable-date" => WithNote("---\nstatus: done\nfinished: 2026/02/15\n---\n"),
        "unknown-status-line" => WithNote("# HTTP\n\n**Status:** Doen\n\n"),
        "no-roadmap-table" =>
            [("README.md", "# Backend notes\n\nWhat I learn, topic by topic.\n"), ("docs/ROADMAP.md", Roadmaps.Small.Replace("./notes/", "../notes/", StringComparison.Ordinal))],
        "rows-without-note" => [("README.md", Roadmaps.Small + string.Concat(Enumerable.Range(1, 12).Select(i => $"| Course {i} | 🔴 Not Started | xx.xx.xx | xx.xx.xx | |\n")))],
        _ => [("README.md", "# Backend notes\n\nWhat I learn, topic by topic.\n")],
    };

    private static (string, string?)[] WithNote(string head) => [("README.md", Roadmaps.Small), (Note, head + Roadmaps.RealContent)];
}
