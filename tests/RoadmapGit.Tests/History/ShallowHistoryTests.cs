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

    private TestRepo OpenClone() => TestRepo.Create(_clonePath);
}
