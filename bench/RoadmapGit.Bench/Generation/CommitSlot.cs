namespace RoadmapGit.Bench.Generation;

/// <summary>One commit of the generated history, before its content is chosen.</summary>
/// <param name="Window">The side branch this commit lives beside or on, or -1 outside any.</param>
/// <param name="TakesNote">The commit changes a note (else it changes other files).</param>
internal sealed record CommitSlot(Lane Lane, int Window, bool TakesNote)
{
    /// <summary>
    /// Notes change on the main line outside side branches, and on side branches; the main line
    /// beside a branch changes only code, so the merge never has a conflict to resolve.
    /// </summary>
    public bool CanTakeNote => Lane == Lane.Side || (Lane == Lane.Main && Window < 0);
}
