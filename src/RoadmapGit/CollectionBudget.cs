using System.Runtime;
using RoadmapGit.Core.Git;

namespace RoadmapGit;

/// <summary>
/// Lets a run that reads history from the cache allocate its first <see cref="Bytes"/> without a
/// garbage collection. Such a run lasts a fraction of a second and its heap goes at exit, yet on a
/// long roadmap the hook allocates about a hundred MiB while the caches it reads stay live to the
/// end: each collection copied them again, a third of the hook's time. Past the budget the
/// collector works as usual. A first run reads the whole history beside git: it collects as usual
/// from the start, so its memory stays what it was.
/// </summary>
internal static class CollectionBudget
{
    public const long Bytes = 128L * 1024 * 1024;

    /// <summary>Starts the budget, before anything is read: the process's entry point calls it once.</summary>
    public static void Start()
    {
        try
        {
            GC.TryStartNoGCRegion(Bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A runtime whose young generation cannot hold that much: collections as usual.
        }
    }

    /// <summary>Ends the budget when <paramref name="repository"/> has no history cache to read from yet.</summary>
    public static void KeepOnlyFromCache(GitRepository repository)
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion && !File.Exists(repository.CacheFile))
        {
            GC.EndNoGCRegion();

            // The budget outlives the region until a collection sets it again: without one, a first
            // run would still hold that much garbage before its first.
            GC.Collect(0);
        }
    }
}
