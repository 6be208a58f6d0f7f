namespace RoadmapGit.Core.Demo;

/// <summary>Where the demo repository is, and what the hook left in its roadmap.</summary>
public sealed record DemoResult(string Directory, string Roadmap, int Commits);
