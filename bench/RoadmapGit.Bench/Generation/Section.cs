namespace RoadmapGit.Bench.Generation;

/// <summary>A heading of the roadmap with its overall line and its table of topics.</summary>
internal sealed record Section(string Heading, IReadOnlyList<Topic> Topics);
