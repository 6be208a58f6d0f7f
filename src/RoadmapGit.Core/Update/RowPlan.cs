using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Update;

/// <summary>A row, what its note's history says, and the values it ends up with (hand values included).</summary>
public sealed record RowPlan(RoadmapRow Row, RoadmapTable Table, TopicResult Result, RowValues Values)
{
    public TopicStatus Status => Values.Status;

    public DateOnly? Start => Values.Start;

    public DateOnly? Finish => Values.Finish;
}
