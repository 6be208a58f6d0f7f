using RoadmapGit.Core.Config;
using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>Input made to break the tool ends in one clear line or is read for what it is, never in an internal error.</summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.CreateStarted();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("quotes")]
    [InlineData("brackets")]
    [InlineData("list")]
    public void DeepNesting_IsOneErrorAndTheRoadmapStaysAsItWas(string kind)
    {
        var nested = kind switch
        {
            "quotes" => string.Concat(Enumerable.Repeat("> ", 100_000)) + "\n",
            "brackets" => new string('[', 100_000) + "\n",
            _ => string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', 2 * i) + "- x\n")),
        };
        var roadmap = AttackRepo.Roadmap + "\n" + nested;
        _repo.Write("README.md", roadmap);

        var (code, output, error) = tool.Run(_repo.Root, "update");

        Assert.True(code == 2, output + error);
        Assert.Equal("roadmap-git: error: 'README.md' nests quotes, lists or brackets too deeply to be read as markdown; it was left as it is. Flatten the nesting and run again\n", error);
        Assert.Equal(roadmap, _repo.Read("README.md"));
    }

    [Fact]
    public void NulInALink_DoesNotCutThePath()
    {
        _repo.Commit("2026-02-11T10:00:00+00:00", "nul", ("README.md", AttackRepo.Roadmap.Replace("./notes/a.md", "./notes/a.md%00.png", StringComparison.Ordinal)));

        var plan = Roadmaps.Plan(_repo);

        Assert.False(plan.Files.Single().Changed);
        Assert.Contains(plan.Diagnostics, d => d.Code == "no-note-link" && d.Location == "README.md:3");
    }

    [Fact]
    public void LinkToAFolder_IsNoNote()
    {
        _repo.Commit("2026-02-11T10:00:00+00:00", "folder", ("README.md", AttackRepo.Roadmap.Replace("./notes/a.md", "./notes", StringComparison.Ordinal)));

        var plan = Roadmaps.Plan(_repo);

        Assert.False(plan.Files.Single().Changed);
        Assert.Empty(plan.Results);
        Assert.Contains(plan.Diagnostics, d => d.Code == "no-note-link" && d.Location == "README.md:3");
    }

    [Theory]
    [InlineData("{\"labels\":{\"inProgress\":\"In | Progress\"}}", "labels.inProgress")]
    [InlineData("{\"labels\":{\"completed\":\"Done\\nfor now\"}}", "labels.completed")]
    [InlineData("{\"placeholder\":\"x\\nx\"}", "placeholder")]
    [InlineData("{\"placeholder\":\"-|-\"}", "placeholder")]
    public void CellTextWithAPipeOrALineBreak_IsAConfigError(string json, string key)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json));

        Assert.Equal($".roadmap-git.json line 1: '{key}' holds a '|' or a line break, which would split the table's rows. Write it without them", error.Message);
    }

    [Fact]
    public void CellTextWithAPipe_ExitsTwoAndWritesNothing()
    {
        _repo.Write(".roadmap-git.json", "{\"labels\":{\"inProgress\":\"In | Progress\"}}");

        var (code, _, error) = tool.Run(_repo.Root, "update");

        Assert.True(code == 2, error);
        Assert.Equal(AttackRepo.Roadmap, _repo.Read("README.md"));
    }
}
