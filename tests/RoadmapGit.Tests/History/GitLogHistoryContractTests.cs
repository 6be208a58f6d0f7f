using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>The history contract, read by one git log with no cache.</summary>
public sealed class GitLogHistoryContractTests : HistoryContract
{
    private protected override HistoryWorld CreateWorld() => new GitWorld(GitReader.GitLog);
}
