using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

[CollectionDefinition(Name)]
public sealed class PackedToolGroup : ICollectionFixture<PackedTool>
{
    public const string Name = "packed tool";
}
