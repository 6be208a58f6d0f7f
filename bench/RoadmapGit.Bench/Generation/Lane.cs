namespace RoadmapGit.Bench.Generation;

/// <summary>Where a commit goes: the main line, a short side branch, or the merge that brings the branch back.</summary>
internal enum Lane
{
    Main,
    Side,
    Merge,
}
