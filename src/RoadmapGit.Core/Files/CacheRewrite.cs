namespace RoadmapGit.Core.Files;

/// <summary>
/// When a cache file is worth writing again. A cache is one file, checked whole, so a run that
/// changed a few of its entries would rewrite all of them: on a long history that took the hook
/// about a sixth of its time on every commit. Leaving the file as it was costs the next run only
/// those few entries, read again from git; once they are more than a few dozen, or a sixty-fourth
/// of the file, the file is written.
/// </summary>
internal static class CacheRewrite
{
    /// <summary>The most entries a run leaves for the next to read again.</summary>
    public const int MostDeferred = 32;

    /// <param name="changed">Entries this run added or dropped.</param>
    /// <param name="held">Entries the file holds now.</param>
    public static bool IsWorthIt(int changed, int held) => changed > 0 && changed >= Math.Clamp(held / 64, 1, MostDeferred);
}
