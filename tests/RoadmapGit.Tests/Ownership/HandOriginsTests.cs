using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Report;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Ownership;

/// <summary>
/// Where a hand value came from decides the day a row marked done by hand was finished: a note
/// renamed since, a history cut below the edit, or a second row linking the same note must not
/// move that day or lend one row's hand values to another.
/// </summary>
public sealed class HandOriginsTests : IDisposable
{
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void NoteRenamedAfterItsRowWasMarkedDoneByHand_KeepsTheDayOfTheDoneMark()
    {
        var done = MarkHttpDoneByHand();
        var renamed = _repo.Read("README.md").Replace("./notes/http.md", "./notes/01-http.md", StringComparison.Ordinal);
        _repo.Git("mv", "notes/http.md", "notes/01-http.md");
        _repo.Commit("2026-02-20T10:00:00+00:00", "rename", ("README.md", renamed));

        var text = Roadmaps.Update(_repo);

        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026"], Roadmaps.Row(text, "HTTP")[1..4]);
        var explained = ExplainWriter.Write(Assert.Single(ExplainWriter.Find(Roadmaps.Plan(_repo), "HTTP")), "README.md");
        Assert.Contains($"  Status: completed — written by hand in commit {done[..7]} (2026-02-12)", explained, StringComparison.Ordinal);
    }

    [Fact]
    public void ShallowClone_KeepsTheFinishOfARowMarkedDoneByHandBeforeTheCut()
    {
        MarkHttpDoneByHand();
        _repo.Commit("2026-02-20T10:00:00+00:00", "other", ("other.txt", "not a note\n"));
        using var clone = _repo.Clone("shallow", "--depth", "1");

        var plan = Roadmaps.Plan(clone);

        Assert.DoesNotContain(plan.Files, f => f.Changed);
        var http = plan.Rows.Single(r => r.Row.Topic == "HTTP").Values;
        Assert.Equal(new DateOnly(2026, 2, 12), http.Finish);
        Assert.Equal(CellSource.HistoryCut, http.FinishCell.Source);
        Assert.Contains("before the history cut", http.StatusCell.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoRowsLinkingOneNote_AHandValueInOneRow_LeavesTheOtherRowToTheTool()
    {
        const string twoRows = Roadmaps.Small + "| **HTTP again** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [HTTP](./notes/http.md) |\n";
        _repo.Commit("2026-02-02T09:00:00+00:00", "second row", ("README.md", twoRows));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        var updated = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-09T10:05:00+00:00", "roadmap");
        _repo.Commit("2026-02-12T10:00:00+00:00", "done by hand", ("README.md", Roadmaps.WithRow(updated, "HTTP again", "✅ Completed", "09.02.2026", "xx.xx.xx")));

        var text = Roadmaps.Update(_repo);

        Assert.Equal(["🟡 In Progress", "09.02.2026", "xx.xx.xx"], Roadmaps.Row(text, "**HTTP**")[1..4]);
        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026"], Roadmaps.Row(text, "HTTP again")[1..4]);
    }

    [Fact]
    public void ASecondRun_TakesTheRoadmapRowsItParsedFromTheCache_AndFindsTheSameOrigins()
    {
        var done = MarkHttpDoneByHand();
        _repo.Commit("2026-02-14T10:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.RealContent));
        var cacheFile = Path.Combine(_repo.Root, ".git", "roadmap-git", "roadmap-rows.bin");
        var first = ExplainWriter.Write(Assert.Single(ExplainWriter.Find(Roadmaps.Plan(_repo), "HTTP")), "README.md");
        var kept = File.ReadAllBytes(cacheFile);

        var second = ExplainWriter.Write(Assert.Single(ExplainWriter.Find(Roadmaps.Plan(_repo), "HTTP")), "README.md");

        Assert.Equal(first, second);
        Assert.Equal(kept, File.ReadAllBytes(cacheFile));
        Assert.Contains($"written by hand in commit {done[..7]} (2026-02-12)", second, StringComparison.Ordinal);
    }

    /// <summary>HTTP begun on 09.02 (its cells filled by update), marked Completed by hand on 12.02; returns that commit.</summary>
    private string MarkHttpDoneByHand()
    {
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        var updated = Roadmaps.Update(_repo);
        _repo.Commit("2026-02-09T10:05:00+00:00", "roadmap");
        var done = _repo.Commit("2026-02-12T10:00:00+00:00", "done by hand", ("README.md", Roadmaps.WithRow(updated, "HTTP", "✅ Completed", "09.02.2026", "xx.xx.xx")));
        Roadmaps.Update(_repo);
        _repo.Commit("2026-02-12T10:05:00+00:00", "roadmap");
        Assert.Equal(["✅ Completed", "09.02.2026", "12.02.2026"], Roadmaps.Row(_repo.Read("README.md"), "HTTP")[1..4]);
        return done;
    }
}
