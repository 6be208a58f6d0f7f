using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Update;

/// <summary>A roadmap named in the config the way a shell would name it is the same roadmap, its links read from the same folder.</summary>
public sealed class ConfiguredRoadmapPathTests : IDisposable
{
    private readonly TestRepo _repo = Roadmaps.CreateSmallRepo();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("./README.md")]
    [InlineData("docs/../README.md")]
    [InlineData(".//README.md")]
    public void ARoadmapNamedWithDotSegments_LinksItsNotesAsWhenNamedPlainly(string configured)
    {
        _repo.Commit("2026-02-02T09:00:00+00:00", "config", (".roadmap-git.json", $"{{ \"roadmaps\": [\"{configured}\"] }}"));
        _repo.Commit("2026-02-09T10:00:00+00:00", "http", ("notes/http.md", Roadmaps.RealContent));

        var plan = Roadmaps.Plan(_repo);

        Assert.DoesNotContain(plan.Diagnostics, d => d.Code == "unlinked-note");
        Assert.Equal("README.md", Assert.Single(plan.Files).Path);
        Assert.Equal("🟡 In Progress", Roadmaps.Row(Roadmaps.Update(_repo), "HTTP")[1]);
    }
}
