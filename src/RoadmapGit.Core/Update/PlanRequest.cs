namespace RoadmapGit.Core.Update;

/// <summary>What one run is asked to do.</summary>
/// <param name="CommitDate">The date the commit being made will carry (the hook); null otherwise.</param>
/// <param name="Rebuild">Forget every hand value: every Status, Start and Finish cell is recomputed.</param>
/// <param name="Amending">The commit being made replaces HEAD (<c>git commit --amend</c>): history is read from HEAD's parents.</param>
public sealed record PlanRequest(RoadmapSource Source, DateTimeOffset? CommitDate = null, bool Rebuild = false, bool Amending = false)
{
    public static PlanRequest WorkingTree { get; } = new(RoadmapSource.WorkingTree);
}
