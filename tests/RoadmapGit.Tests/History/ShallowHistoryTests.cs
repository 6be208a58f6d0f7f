using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

public sealed class ShallowHistoryTests : IDisposable
{
    private readonly TestRepo _origin = TestRepo.Create();
    private readonly string _clonePath;

    public ShallowHistoryTests()
    {
        _origin.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small));
        _origin.Commit("2026-02-03T09:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));
        _origin.Commit("2026-02-05T09:00:00+00:00", "more http", ("notes/http.md", Roadmaps.RealContent + "Status codes group by hundreds.\n"));
        _origin.Commit("2026-02-06T09:00:00+00:00", "dns", ("notes/dns.md", Roadmaps.RealContent.Replace("HTTP", "DNS", StringComparison.Ordinal)));
        Roadmaps.Update(_origin);
        _origin.Commit("2026-02-07T09:00:00+00:00", "update the roadmap");
        _clonePath = _origin.Root + "-shallow";
        _origin.Git("clone", "-q", "--depth", "3", "file://" + _origin.Root, _clonePath);
    }

    /// <summary>The clone is removed by the test that opens it.</summary>
    public void Dispose() => _origin.Dispose();

    [Fact]
    public void ShallowClone_KeepsTheTablesDateAtTheCutAndWarns()
    {
        using var clone = OpenClone();

        var plan = Roadmaps.Plan(clone);
        var text = plan.Files.Single().Result.NewText;

        // The cut commit (05.02) is where notes/http.md first appears in the clone: never its start date.
        Assert.Equal(["🟡 In Progress", "03.02.2026"], Roadmaps.Row(text, "HTTP")[1..3]);
        Assert.Contains(plan.Diagnostics, d => d.Code == "shallow-clone" && d.Message.Contains("git fetch --unshallow", StringComparison.Ordinal));
        Assert.Equal(["🟡 In Progress", "06.02.2026"], Roadmaps.Row(text, "DNS")[1..3]);
    }

    [Fact]
    public void ShallowClone_ANoteAtTheCutWithAHandDate_IsCountedInTheWarningAsItIsListed()
    {
        var typed = Roadmaps.WithRow(_origin.Read("README.md"), "HTTP", "🟡 In Progress", "01.02.2026", "xx.xx.xx");
        _origin.Commit("2026-02-08T09:00:00+00:00", "start typed by hand", ("README.md", typed));
        using var clone = _origin.Clone("shallow-hand", "--depth", "4");

        var plan = Roadmaps.Plan(clone);

        Assert.Equal("01.02.2026", Roadmaps.Row(plan.Files.Single().Result.NewText, "HTTP")[2]);
        var listed = plan.Diagnostics.Where(d => d.Code == "date-at-cut").Select(d => d.File).Distinct().Count();
        Assert.Equal(1, listed);
        Assert.Contains(plan.Diagnostics, d => d.Code == "shallow-clone" && d.Message.Contains("so 1 note's date cannot be known", StringComparison.Ordinal));
    }

    [Fact]
    public void ShallowClone_ExplainCallsTheVersionAtTheCutSo_NotAdded()
    {
        using var clone = OpenClone();

        var (code, output, _) = InProcessTool.RunIn(clone.Root, "explain", "HTTP");

        Assert.Equal(0, code);
        var first = output.Split('\n').First(l => l.Contains("2026-02-05", StringComparison.Ordinal));
        Assert.Contains(" at cut ", first, StringComparison.Ordinal);
        Assert.DoesNotContain(" added ", output, StringComparison.Ordinal);
    }

    private TestRepo OpenClone() => TestRepo.Create(_clonePath);
}
