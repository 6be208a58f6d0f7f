using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Update;

/// <summary>A roadmap as parsed, with the conventions its text shows before the config has its say.</summary>
public sealed record ParsedRoadmap(RoadmapDocument Document, DocumentConventions Shown);
