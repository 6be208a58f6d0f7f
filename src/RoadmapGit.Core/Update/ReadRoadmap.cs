using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>A roadmap as the run read it: its text, what was parsed of it, and how it writes its cells.</summary>
internal sealed record ReadRoadmap(string Path, DocumentText Text, RoadmapDocument Document, DocumentConventions Conventions);
