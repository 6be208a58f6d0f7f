using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Diagnostics;

/// <summary>A roadmap file with no roadmap table says so, names the files that hold one, and the config line to write.</summary>
public sealed class NoRoadmapTableTests : IDisposable
{
    private const string Readme = "# My study notes\n\nNotes on backend development.\n";

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void RoadmapElsewhereWithoutConfig_NamesTheFileAndTheConfigToCreate()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Readme), ("docs/ROADMAP.md", Roadmaps.Small.Replace("./notes/", "../notes/", StringComparison.Ordinal)),
            ("notes/http.md", Roadmaps.RealContent));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.Equal(
            "README.md: no roadmap table in this file (a table whose header has a Status column and a Start or Finish column), " +
            "so there is nothing to update; docs/ROADMAP.md holds one. Create .roadmap-git.json holding { \"roadmaps\": [\"docs/ROADMAP.md\"] }",
            warning.ToString());
    }

    [Fact]
    public void RoadmapElsewhereWithConfig_NamesTheSettingToChange()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Readme), ("ROADMAP.md", Roadmaps.Small), (".roadmap-git.json", "{ \"stubWords\": 5 }"));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.EndsWith("ROADMAP.md holds one. Set \"roadmaps\": [\"ROADMAP.md\"] in .roadmap-git.json", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoRoadmapAnywhere_ShowsWhatATableLooksLike()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "readme", ("README.md", Readme), ("notes/http.md", Roadmaps.RealContent));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.Equal("no-roadmap-table", warning.Code);
        Assert.Contains("such as | Topic | Status | Start Date | Finish Date | Notes |", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("Add one, or list the file that holds yours under \"roadmaps\" in .roadmap-git.json", warning.Message, StringComparison.Ordinal);
    }
}
