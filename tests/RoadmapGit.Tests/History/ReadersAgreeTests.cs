using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// On long generated histories, every git reader gives the very same timelines, ids, places in
/// history and dates included, from every set of tips; the cache as well when it grows from an
/// earlier tip or loses commits to a tip that does not reach them.
/// </summary>
public sealed class ReadersAgreeTests : IDisposable
{
    private static readonly string[] Shapes = [" Renamed ", " Deleted ", " drafts/"];
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void GeneratedHistory_EveryReaderGivesTheSameTimelines(int seed)
    {
        var history = GeneratedHistory.Import(_repo, seed, rounds: 40);
        var notes = history.NotePaths.Order(StringComparer.Ordinal).ToList();
        var sides = _repo.Git("for-each-ref", "--format=%(refname:short)", "refs/heads/side*").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[][] tipSets = [["early"], ["main"], [sides[^1]], ["early", sides[0]], ["main", sides[^1]], [sides[0]], ["main"]];

        var seen = new List<string>();
        foreach (var names in tipSets)
        {
            var tips = names.Select(n => _repo.Git("rev-parse", n).Trim()).ToList();
            using var git = GitRepository.Open(_repo.Root)!;
            var query = new HistoryQuery(tips, notes, ["README.md"], id => !git.History.ReadText(id).StartsWith("stub", StringComparison.Ordinal));
            var reference = Timelines.Describe(git.LibGit2History().ReadTimelines(query));

            seen.Add(reference);
            Assert.Equal(reference, Timelines.Describe(git.UncachedHistory().ReadTimelines(query)));
            Assert.Equal(reference, Timelines.Describe(git.History.ReadTimelines(query)));
        }

        // The history must have held what makes readers differ, or the test proves little.
        Assert.All(Shapes, shape => Assert.Contains(seen, s => s.Contains(shape, StringComparison.Ordinal)));
    }
}
