using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Update;

/// <summary>A row, what its note's history says, and the values it ends up with (hand values included).</summary>
/// <param name="RecordedAs">The note name under which the record of written cells held this row when the run began.</param>
/// <param name="Occurrence">Which of the rows linking the note it is (0 for the first).</param>
public sealed record RowPlan(RoadmapRow Row, RoadmapTable Table, TopicResult Result, RowValues Values, string RecordedAs, int Occurrence)
{
    public TopicStatus Status => Values.Status;

    public DateOnly? Start => Values.Start;

    public DateOnly? Finish => Values.Finish;
}
