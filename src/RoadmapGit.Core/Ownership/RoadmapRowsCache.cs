using RoadmapGit.Core.Files;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The rows of each roadmap version that finding a hand value's origin had to parse, kept between
/// runs in the git directory: a version is named by its path and blob id, so its rows never change
/// — as long as the labels it was parsed with stay the same, and the parser does. Without it every
/// commit parses again the versions behind each hand-written cell. It holds the versions the last
/// run used, no more.
/// </summary>
public sealed class RoadmapRowsCache
{
    public const int FormatVersion = 1;

    public const string Kind = "RGRR";

    /// <summary>Raised whenever the way a roadmap's rows are read changes, so no row of an older tool is trusted.</summary>
    private const int ParserVersion = 1;

    private static readonly Func<BinaryReader, FingerprintedCache<(string, string), RoadmapRows>.Stored> Read =
        FingerprintedCache<(string, string), RoadmapRows>.Reader(RoadmapRowsCacheFormat.Read);

    private readonly FingerprintedCache<(string, string), RoadmapRows> _cache;

    private RoadmapRowsCache(CheckedCacheFile? file, string fingerprint) =>
        _cache = new(file, fingerprint, EqualityComparer<(string, string)>.Default, Read, RoadmapRowsCacheFormat.Write);

    /// <summary>A cache that keeps nothing between runs.</summary>
    public static RoadmapRowsCache None => new(null, string.Empty);

    public static RoadmapRowsCache At(string path, OverallLabels labels) => In(new CheckedCacheFile(path, Kind, FormatVersion), labels);

    /// <summary>Starts reading the cache kept in <paramref name="file"/> in the background, before the labels are known.</summary>
    internal static void Prefetch(CheckedCacheFile file) => file.Prefetch(Read);

    /// <summary>The cache kept in <paramref name="file"/> (which may be reading already in the background).</summary>
    internal static RoadmapRowsCache In(CheckedCacheFile file, OverallLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return new RoadmapRowsCache(file, Fingerprint(labels));
    }

    public bool TryGet(string roadmap, string blobId, out RoadmapRows rows) => _cache.TryGet((roadmap, blobId), out rows);

    public void Add(string roadmap, string blobId, RoadmapRows rows) => _cache.Add((roadmap, blobId), rows);

    /// <summary>Keeps what this run used, when it parsed something new or used less than the cache held.</summary>
    public void Save() => _cache.Save();

    private static string Fingerprint(OverallLabels labels) => FingerprintedCache<(string, string), RoadmapRows>.Fingerprint(
        [ParserVersion, .. labels.FingerprintParts()]);
}
