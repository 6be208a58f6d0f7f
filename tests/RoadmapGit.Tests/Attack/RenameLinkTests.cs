using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>When a note is renamed in a commit, the row's link follows with all it said, wherever on the row it is.</summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RenameLinkTests(PackedTool tool) : IDisposable
{
    private TestRepo? _repo;

    public void Dispose() => _repo?.Dispose();

    [Theory]
    [InlineData("./notes/a.md#summary", "./notes/intro.md#summary")]
    [InlineData("./notes/a.md?plain=1", "./notes/intro.md?plain=1")]
    [InlineData("notes/a.md?plain=1#summary", "notes/intro.md?plain=1#summary")]
    public void Rename_KeepsTheAnchorAndQuery(string before, string after)
    {
        _repo = AttackRepo.Create(AttackRepo.Roadmap.Replace("./notes/a.md", before, StringComparison.Ordinal));
        tool.InstallHook(_repo);
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        _repo.GitAt("2026-02-10T10:00:00+00:00", "commit", "-q", "-m", "A");
        _repo.Git("mv", "notes/a.md", "notes/intro.md");

        _repo.GitAt("2026-02-11T10:00:00+00:00", "commit", "-q", "-m", "rename");

        Assert.Equal($"[A]({after})", AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[3]);
        Assert.Equal(string.Empty, _repo.Git("status", "--porcelain"));
    }

    [Fact]
    public void LinkInTheStatusCell_FollowsARenameAndTheCellKeepsIt()
    {
        _repo = AttackRepo.CreateStarted(AttackRepo.Roadmap
            .Replace("| 🔴 Not Started |", "| [🔴 Not Started](./notes/a.md) |", StringComparison.Ordinal)
            .Replace("[A](./notes/a.md)", "A", StringComparison.Ordinal));
        tool.InstallHook(_repo);
        _repo.Git("mv", "notes/a.md", "notes/intro.md");

        var (code, _, error) = _repo.TryRun("2026-02-11T10:00:00+00:00", null, "commit", "-q", "-m", "rename");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("Overlapping", error, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        var row = AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"));
        Assert.Equal("[🔴 Not Started](./notes/intro.md)", row[0]);
        Assert.Equal("10.02.2026", row[1]);
    }
}
