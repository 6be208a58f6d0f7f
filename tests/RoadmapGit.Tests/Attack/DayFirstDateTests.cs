using RoadmapGit.Core.Conventions;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Dates with slashes read month first unless a number above 12 says otherwise; when every number
/// is 12 or less, the table's own dates and history settle the order.
/// </summary>
public sealed class DayFirstDateTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void DayFirstDatesThatHistoryProves_StayDayFirst()
    {
        Commit("10/02/2026");

        var text = Roadmaps.Update(_repo);

        Assert.Equal(["10/02/2026", "xx/xx/xxxx"], AttackRepo.RowA(text)[1..3]);
        Assert.Equal("11/02/2026", Roadmaps.Row(text, "B")[2]);
    }

    [Fact]
    public void MonthFirstDatesThatHistoryProves_StayMonthFirst()
    {
        Commit("02/10/2026");

        var text = Roadmaps.Update(_repo);

        Assert.Equal("02/10/2026", AttackRepo.RowA(text)[1]);
        Assert.Equal("02/11/2026", Roadmaps.Row(text, "B")[2]);
    }

    [Fact]
    public void StartAfterFinishInOneOrder_SettlesTheOther()
    {
        var style = DateStyle.Learn(["03/02/2026", "05/02/2026"], DateStyle.Iso);

        var settled = style.Settle([new DatedRow("03/02/2026", "05/02/2026", null, null), new DatedRow("12/01/2026", "02/02/2026", null, null)]);

        Assert.False(style.OrderSettled);
        Assert.Equal("dd'/'MM'/'yyyy", settled.Format);
    }

    [Fact]
    public void NothingToSettleBy_KeepsMonthFirst()
    {
        var style = DateStyle.Learn(["03/02/2026"], DateStyle.Iso);

        Assert.Equal("MM'/'dd'/'yyyy", style.Settle([new DatedRow("03/02/2026", "xx", null, null)]).Format);
    }

    /// <summary>Row A carries a hand-written start that history dates on 10 February; row B's note starts on 11 February.</summary>
    private void Commit(string startOfA)
    {
        var roadmap = "| Topic | Status | Start Date | Finish Date | Notes |\n|---|---|---|---|---|\n" +
            $"| A | 🟡 In Progress | {startOfA} | xx/xx/xxxx | [A](./notes/a.md) |\n" +
            "| B | 🔴 Not Started | xx/xx/xxxx | xx/xx/xxxx | [B](./notes/b.md) |\n";
        _repo.Commit("2026-02-10T10:00:00+00:00", "A", ("README.md", roadmap), ("notes/a.md", AttackRepo.Real));
        _repo.Commit("2026-02-11T10:00:00+00:00", "B", ("notes/b.md", AttackRepo.Real));
    }
}
