using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>The history contract, read from history kept in memory.</summary>
public sealed class InMemoryHistoryContractTests : HistoryContract
{
    private protected override HistoryWorld CreateWorld() => new MemoryWorld();
}
