using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// A first run in a clone without blobs follows each rename into a linked note by the renamed
/// version's content, before history is read to its end: those versions are fetched in one request,
/// not one request a rename.
/// </summary>
public sealed class PartialCloneRenamesTests : IDisposable
{
    private static readonly string[] Topics = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"];

    private readonly TestRepo _origin = TestRepo.Create();

    public PartialCloneRenamesTests()
    {
        var rows = string.Concat(Topics.Select(t => $"| **{t}** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [{t}](./notes/{t.ToLowerInvariant()}.md) |\n"));
        _origin.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Roadmaps.Small[..Roadmaps.Small.IndexOf("| **HTTP**", StringComparison.Ordinal)] + rows));
        _origin.Commit(
            "2026-02-02T10:00:00+00:00", "drafts",
            [.. Topics.Select(t => ($"notes/draft-{t.ToLowerInvariant()}.md", (string?)Roadmaps.RealContent.Replace("HTTP", t, StringComparison.Ordinal)))]);
        foreach (var topic in Topics.Select(t => t.ToLowerInvariant()))
        {
            _origin.Git("mv", $"notes/draft-{topic}.md", $"notes/{topic}.md");
        }

        _origin.Commit("2026-02-05T10:00:00+00:00", "named");

        // Every note changes after its rename, so no renamed version is among those the clone checked out.
        _origin.Commit(
            "2026-02-08T10:00:00+00:00", "more",
            [.. Topics.Select(t => ($"notes/{t.ToLowerInvariant()}.md", (string?)(Roadmaps.RealContent.Replace("HTTP", t, StringComparison.Ordinal) + "And more.\n")))]);
    }

    public void Dispose() => _origin.Dispose();

    [Fact]
    public void FirstRun_FetchesTheRenamedVersionsTogether_AndDatesThroughTheRenames()
    {
        using var clone = TestRepo.Create(_origin.PartialClone().Root);
        var packs = PromisorPacks(clone);

        var text = Roadmaps.Update(clone);

        Assert.All(Topics, t => Assert.Equal(["🟡 In Progress", "02.02.2026", "xx.xx.xx"], Roadmaps.Row(text, t)[1..4]));
        Assert.InRange(PromisorPacks(clone), packs + 1, packs + 2);
    }

    private static int PromisorPacks(TestRepo clone) => Directory.GetFiles(clone.Full(".git/objects/pack"), "*.promisor").Length;
}
