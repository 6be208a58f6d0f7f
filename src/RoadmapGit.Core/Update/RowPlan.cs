using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Update;

/// <summary>A row and the values it ends up with: inferred, or kept from the table where history is cut.</summary>
public sealed record RowPlan(RoadmapRow Row, RoadmapTable Table, TopicResult Result, DateOnly? Start, DateOnly? Finish)
{
    public TopicStatus Status => Result.Status;
}
