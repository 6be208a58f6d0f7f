using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>The history contract, read by the libgit2 walk.</summary>
public sealed class LibGit2HistoryContractTests : HistoryContract
{
    private protected override HistoryWorld CreateWorld() => new GitWorld(GitReader.LibGit2);
}
