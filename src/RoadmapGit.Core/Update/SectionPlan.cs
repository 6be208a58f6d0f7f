using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Update;

/// <summary>An overall line, the rows it speaks for, and the values it ends up with.</summary>
public sealed record SectionPlan(OverallLine Line, IReadOnlyList<RowPlan> Rows, SectionRollup Rollup);
