using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>The history contract, read by the cached reader with no cache yet.</summary>
public sealed class CachedColdHistoryContractTests : HistoryContract
{
    private protected override HistoryWorld CreateWorld() => new GitWorld(GitReader.CachedCold);
}
