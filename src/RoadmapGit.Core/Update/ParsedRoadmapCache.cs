using System.Runtime.InteropServices;
using System.Security.Cryptography;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Each roadmap as the last run parsed it, kept between runs in the git directory. On a 5,000-row
/// roadmap parsing is a fifth of the hook's work, and most commits leave the roadmap as the last
/// run read or wrote it. An entry is named by the roadmap's path and a hash of its text, so it is
/// used only for that very text — and only while the overall-line labels it was parsed with stay
/// the same, and the build of the tool does (as for every cache: see <see cref="ToolBuild"/>). It
/// holds the roadmaps the last run read, no more.
/// </summary>
public sealed class ParsedRoadmapCache
{
    public const int FormatVersion = 1;

    public const string Kind = "RGPD";

    /// <summary>Raised whenever what the parser finds in a text changes, so no parse of an older tool is trusted.</summary>
    private const int ParserVersion = 1;

    private static readonly Func<BinaryReader, FingerprintedCache<(string, string), byte[]>.Stored> Read =
        FingerprintedCache<(string, string), byte[]>.Reader(ReadEntries);

    private readonly FingerprintedCache<(string, string), byte[]> _cache;
    private readonly OverallLabels _labels;

    private ParsedRoadmapCache(CheckedCacheFile file, OverallLabels labels, string build)
    {
        _labels = labels;
        _cache = new(file, Fingerprint(labels, build), EqualityComparer<(string, string)>.Default, Read, WriteEntries);
    }

    /// <summary>The cache kept in <paramref name="file"/>.</summary>
    internal static ParsedRoadmapCache In(CheckedCacheFile file, OverallLabels labels) => In(file, labels, ToolBuild.Current);

    /// <summary>The cache kept in <paramref name="file"/>, as <paramref name="build"/> of the tool uses it.</summary>
    internal static ParsedRoadmapCache In(CheckedCacheFile file, OverallLabels labels, string build)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return new ParsedRoadmapCache(file, labels, build);
    }

    /// <summary>The roadmap at <paramref name="path"/> whose text is <paramref name="text"/>: as kept, or parsed now.</summary>
    public ParsedRoadmap Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = (path, Hash(text));
        if (_cache.TryGet(key, out var kept) && ParsedRoadmapFormat.TryDecode(kept, path, text) is { } parsed)
        {
            return parsed;
        }

        var document = RoadmapParser.Parse(path, text, _labels);
        parsed = new ParsedRoadmap(document, DocumentConventions.Shown(document));
        _cache.Add(key, ParsedRoadmapFormat.Encode(parsed));
        return parsed;
    }

    /// <summary>Keeps the roadmaps this run read, when one of them is new.</summary>
    public void Save() => _cache.Save();

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())));

    private static string Fingerprint(OverallLabels labels, string build) => FingerprintedCache<(string, string), byte[]>.Fingerprint(
        [ParserVersion, .. labels.FingerprintParts()], build);

    private static Dictionary<(string, string), CacheEntry<byte[]>> ReadEntries(BinaryReader reader)
    {
        var count = CacheCounts.Read(reader);
        var entries = new Dictionary<(string, string), CacheEntry<byte[]>>(count);
        for (var i = 0; i < count; i++)
        {
            var key = (reader.ReadString(), reader.ReadString());
            var length = CacheCounts.Read(reader);
            entries[key] = new(reader.ReadBytes(length));
        }

        return entries;
    }

    private static void WriteEntries(BinaryWriter writer, IReadOnlyDictionary<(string Path, string Hash), byte[]> entries)
    {
        writer.Write7BitEncodedInt(entries.Count);
        foreach (var ((path, hash), data) in entries.OrderBy(e => e.Key.Path, StringComparer.Ordinal).ThenBy(e => e.Key.Hash, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write(hash);
            writer.Write7BitEncodedInt(data.Length);
            writer.Write(data);
        }
    }
}
