namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The values roadmap-git last wrote into one row's Status, Start and Finish cells; null where it
/// wrote nothing worth remembering (Not Started, the placeholder) or the cell is the learner's.
/// </summary>
public sealed record WrittenRow(TopicStatus? Status, DateOnly? Start, DateOnly? Finish)
{
    public bool IsEmpty => Status is null && Start is null && Finish is null;
}
