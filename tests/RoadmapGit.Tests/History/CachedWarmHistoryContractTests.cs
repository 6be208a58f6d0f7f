using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>The history contract, read by the cached reader kept up to date step by step.</summary>
public sealed class CachedWarmHistoryContractTests : HistoryContract
{
    private protected override HistoryWorld CreateWorld() => new GitWorld(GitReader.CachedWarm);
}
