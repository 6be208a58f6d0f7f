namespace RoadmapGit.Core.Files;

/// <summary>
/// A value as a cache file holds it, and whether this run used it: marked where it lies in the
/// table, so a run that uses tens of thousands of entries looks each up once and copies none.
/// </summary>
internal struct CacheEntry<TValue>(TValue value)
{
    public TValue Value = value;

    public bool Used;
}
