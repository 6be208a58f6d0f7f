namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The values roadmap-git last wrote into one row's Status, Start and Finish cells; null where it
/// wrote nothing worth remembering (Not Started, the placeholder) or the cell is the learner's.
/// </summary>
/// <param name="Occurrence">Which of the rows linking the note it is (0 for the first): each row of a note is its own.</param>
public sealed record WrittenRow(TopicStatus? Status, DateOnly? Start, DateOnly? Finish, int Occurrence = 0)
{
    public bool IsEmpty => Status is null && Start is null && Finish is null;
}
