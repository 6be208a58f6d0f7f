using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// A row marked Completed by hand is finished on the day of that edit; in a clone whose history
/// is cut after the edit, that day is unknown, and the table's finish date stands.
/// </summary>
public sealed class ShallowHandValueTests : IDisposable
{
    private readonly TestRepo _origin = TestRepo.Create();

    public ShallowHandValueTests()
    {
        _origin.Commit("2026-03-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        _origin.Commit("2026-03-03T20:00:00+01:00", "http", ("notes/http.md", Roadmaps.RealContent));
        Roadmaps.Update(_origin);
        _origin.Commit("2026-03-03T20:05:00+01:00", "roadmap follows");
        _origin.Commit("2026-03-06T20:00:00+01:00", "http done by hand",
            ("README.md", _origin.Read("README.md").Replace("| **HTTP** | 🟡 In Progress |", "| **HTTP** | ✅ Completed |", StringComparison.Ordinal)));
        Roadmaps.Update(_origin);
        _origin.Commit("2026-03-06T20:05:00+01:00", "roadmap follows");
        _origin.Commit("2026-03-07T20:00:00+01:00", "more http", ("notes/http.md", Roadmaps.RealContent + "HTTP/2 multiplexes streams.\n"));
        _origin.Commit("2026-03-09T20:00:00+01:00", "dns", ("notes/dns.md", Roadmaps.RealContent.Replace("HTTP", "DNS", StringComparison.Ordinal)));
        Roadmaps.Update(_origin);
        _origin.Commit("2026-03-09T20:05:00+01:00", "roadmap follows");
    }

    public void Dispose() => _origin.Dispose();

    [Fact]
    public void FullClone_FinishesTheHandDoneMarkOnItsDay()
    {
        Assert.Equal(["✅ Completed", "03.03.2026", "06.03.2026"], Roadmaps.Row(_origin.Read("README.md"), "HTTP")[1..4]);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void ShallowClone_CutAfterTheDoneMark_KeepsTheTablesFinishAndWarns(string depth)
    {
        using var clone = _origin.Clone("depth" + depth, "--depth", depth);

        var plan = Roadmaps.Plan(clone);

        // The cut commit's date is never the finish: the day of the hand edit is beyond the cut.
        Assert.Equal(["✅ Completed", "03.03.2026", "06.03.2026"], Roadmaps.Row(plan.Files.Single().Result.NewText, "HTTP")[1..4]);
        Assert.Contains(plan.Diagnostics, d => d.Code == "shallow-clone");
        Assert.False(plan.Files.Single().Changed);
        Assert.False(plan.Record.Changed);
    }
}
