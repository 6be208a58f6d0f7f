using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.Notes;

/// <summary>
/// What each note version says, kept between runs in the git directory. A version's text never
/// changes (it is named by its blob id), so neither does its reading — as long as the rules that
/// read it (stub threshold, template, the roadmap's labels and date style) stay the same: a cache
/// read under other rules is not used. It holds the versions the last run read, no more.
/// </summary>
public sealed class ReadingCache
{
    public const int FormatVersion = 1;

    public const string Kind = "RGNR";

    /// <summary>Raised whenever the way a note is read changes, so no reading of an older tool is trusted.</summary>
    private const int AnalyzerVersion = 1;

    private static readonly Func<BinaryReader, FingerprintedCache<string, CachedReading>.Stored> Read =
        FingerprintedCache<string, CachedReading>.Reader(ReadingCacheFormat.Read);

    private readonly FingerprintedCache<string, CachedReading> _cache;

    private ReadingCache(CheckedCacheFile? file, string fingerprint) =>
        _cache = new(file, fingerprint, StringComparer.Ordinal, Read, ReadingCacheFormat.Write);

    /// <summary>A cache that keeps nothing between runs.</summary>
    public static ReadingCache None => new(null, string.Empty);

    public static ReadingCache At(string path, NoteRules rules) => In(new CheckedCacheFile(path, Kind, FormatVersion), rules);

    /// <summary>Starts reading the cache kept in <paramref name="file"/> in the background, before the rules are known.</summary>
    internal static void Prefetch(CheckedCacheFile file) => file.Prefetch(Read);

    /// <summary>The cache kept in <paramref name="file"/> (which may be reading already in the background).</summary>
    internal static ReadingCache In(CheckedCacheFile file, NoteRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new ReadingCache(file, Fingerprint(rules));
    }

    public bool TryGet(string blobId, out CachedReading reading) => _cache.TryGet(blobId, out reading);

    public void Add(string blobId, CachedReading reading) => _cache.Add(blobId, reading);

    /// <summary>Keeps what this run read, when it read something new or less than the cache held.</summary>
    public void Save() => _cache.Save();

    private static string Fingerprint(NoteRules rules) => FingerprintedCache<string, CachedReading>.Fingerprint(
    [
        AnalyzerVersion, rules.StubWords, rules.DateStyle.Format, rules.DateStyle.Placeholder,
        rules.Labels.NotStarted, rules.Labels.InProgress, rules.Labels.Completed, rules.Labels.Skipped,
        .. rules.TemplateLines.Order(StringComparer.Ordinal),
    ]);
}
