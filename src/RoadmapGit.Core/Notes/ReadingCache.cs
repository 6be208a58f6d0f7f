using System.Security.Cryptography;
using System.Text;
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

    private readonly CheckedCacheFile? _file;
    private readonly string _fingerprint;
    private readonly UsedEntries<string, CachedReading> _entries;

    private ReadingCache(CheckedCacheFile? file, string fingerprint)
    {
        _file = file;
        _fingerprint = fingerprint;
        _entries = new(file?.Load(reader => ReadingCacheFormat.Read(reader, fingerprint)) ?? new Dictionary<string, CachedReading>(StringComparer.Ordinal));
    }

    /// <summary>A cache that keeps nothing between runs.</summary>
    public static ReadingCache None => new(null, string.Empty);

    public static ReadingCache At(string path, NoteRules rules) => In(new CheckedCacheFile(path, Kind, FormatVersion), rules);

    /// <summary>The cache kept in <paramref name="file"/> (which may be reading already in the background).</summary>
    internal static ReadingCache In(CheckedCacheFile file, NoteRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new ReadingCache(file, Fingerprint(rules));
    }

    public bool TryGet(string blobId, out CachedReading reading) => _entries.TryGet(blobId, out reading);

    public void Add(string blobId, CachedReading reading) => _entries.Add(blobId, reading);

    /// <summary>Keeps what this run read, when it read something new or less than the cache held.</summary>
    public void Save()
    {
        if (_file is not null && _entries.Changed)
        {
            _file.Save(writer => ReadingCacheFormat.Write(writer, _fingerprint, _entries.Used));
        }
    }

    private static string Fingerprint(NoteRules rules)
    {
        var canonical = new StringBuilder()
            .Append(AnalyzerVersion).Append('\n')
            .Append(rules.StubWords).Append('\n')
            .Append(rules.DateStyle.Format).Append('\n').Append(rules.DateStyle.Placeholder).Append('\n')
            .Append(rules.Labels.NotStarted).Append('\n').Append(rules.Labels.InProgress).Append('\n')
            .Append(rules.Labels.Completed).Append('\n').Append(rules.Labels.Skipped).Append('\n');
        foreach (var line in rules.TemplateLines.Order(StringComparer.Ordinal))
        {
            canonical.Append(line).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
