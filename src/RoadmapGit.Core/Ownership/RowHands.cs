namespace RoadmapGit.Core.Ownership;

/// <summary>The cells of one row that the learner wrote; null where the cell is roadmap-git's.</summary>
public sealed record RowHands(HandCell? Status, HandCell? Start, HandCell? Finish)
{
    public static RowHands None { get; } = new(null, null, null);

    public IEnumerable<HandCell> Cells => new[] { Status, Start, Finish }.OfType<HandCell>();
}
