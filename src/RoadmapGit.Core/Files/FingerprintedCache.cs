using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace RoadmapGit.Core.Files;

/// <summary>
/// Values worked out from content named by its blob id (what a note version says, the rows of a
/// roadmap version), kept between runs in a <see cref="CheckedCacheFile"/>. Content never changes,
/// so neither does the value — as long as the settings it was worked out with stay the same: the
/// file starts with their fingerprint, and one written under other settings is not used. When it
/// is written, it keeps what the run used or added, no more, so it never grows beyond what one run
/// needs; a run that changed only a few entries leaves it as it was (see <see cref="CacheRewrite"/>).
/// </summary>
internal sealed class FingerprintedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly CheckedCacheFile? _file;
    private readonly string _fingerprint;
    private readonly Action<BinaryWriter, IReadOnlyDictionary<TKey, TValue>> _write;
    private readonly Dictionary<TKey, CacheEntry<TValue>> _loaded;

    /// <summary>What this run added that the file did not hold.</summary>
    private readonly Dictionary<TKey, TValue> _added;
    private int _new;

    /// <param name="file">Where it is kept; null for a cache that keeps nothing between runs.</param>
    /// <param name="read">Reads the file, from a <see cref="Reader"/> made once for the kind of cache.</param>
    /// <param name="write">Writes the entries that follow the fingerprint.</param>
    public FingerprintedCache(
        CheckedCacheFile? file, string fingerprint, IEqualityComparer<TKey> comparer,
        Func<BinaryReader, Stored> read, Action<BinaryWriter, IReadOnlyDictionary<TKey, TValue>> write)
    {
        _file = file;
        _fingerprint = fingerprint;
        _write = write;
        // Entries written under other settings read as none.
        _loaded = file?.Load(read) is { } stored && stored.Fingerprint == fingerprint ? stored.Entries : new Dictionary<TKey, CacheEntry<TValue>>(comparer);
        _added = new Dictionary<TKey, TValue>(comparer);
    }

    /// <summary>
    /// Reads a file's fingerprint and entries whatever the fingerprint, so a file can be read in the
    /// background before the settings to compare it with are known. The kind of cache keeps the one
    /// reader it makes: a prefetch is taken only by a load with the same reader.
    /// </summary>
    /// <param name="entries">Reads the entries that follow the fingerprint.</param>
    public static Func<BinaryReader, Stored> Reader(Func<BinaryReader, Dictionary<TKey, CacheEntry<TValue>>> entries) =>
        reader => new Stored(reader.ReadString(), entries(reader));

    /// <summary>
    /// The fingerprint of settings, under this build of the tool (see <see cref="ToolBuild"/>): each
    /// part with its length, hashed, so no part (a label with a line break in it) can run into the
    /// next and two different settings never share one.
    /// </summary>
    public static string Fingerprint(IEnumerable<object> parts) => Fingerprint(parts, ToolBuild.Current);

    /// <summary>The fingerprint of settings under <paramref name="build"/> of the tool.</summary>
    internal static string Fingerprint(IEnumerable<object> parts, string build)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var canonical = new StringBuilder();
        foreach (var part in parts.Prepend(build))
        {
            var text = Convert.ToString(part, CultureInfo.InvariantCulture) ?? string.Empty;
            canonical.Append(CultureInfo.InvariantCulture, $"{text.Length}:").Append(text).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    /// <summary>The value kept or added for <paramref name="key"/>.</summary>
    /// <remarks>Safe from several threads at once while nothing is added: it only marks the entry it finds used.</remarks>
    public bool TryGet(TKey key, out TValue value)
    {
        ref var entry = ref Loaded(key);
        if (!Unsafe.IsNullRef(ref entry))
        {
            value = entry.Value;
            return true;
        }

        return _added.TryGetValue(key, out value!);
    }

    public void Add(TKey key, TValue value)
    {
        ref var entry = ref Loaded(key);
        if (!Unsafe.IsNullRef(ref entry))
        {
            entry.Value = value;
        }
        else if (_added.TryAdd(key, value))
        {
            _new++;
        }
        else
        {
            _added[key] = value;
        }
    }

    /// <summary>The file's entry for <paramref name="key"/>, marked used; a null reference for none.</summary>
    /// <remarks>Marking is all it writes, the same mark from any thread, so look-ups may run side by side.</remarks>
    private ref CacheEntry<TValue> Loaded(TKey key)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_loaded, key);
        if (!Unsafe.IsNullRef(ref entry) && !entry.Used)
        {
            entry.Used = true;
        }

        return ref entry;
    }

    /// <summary>
    /// Keeps what this run used, when it added or left unused enough entries to be worth a new
    /// file (see <see cref="CacheRewrite"/>); otherwise the file stays as it was.
    /// </summary>
    public void Save()
    {
        if (_file is null)
        {
            return;
        }

        var keptFromFile = 0;
        foreach (var entry in _loaded.Values)
        {
            keptFromFile += entry.Used ? 1 : 0;
        }

        if (CacheRewrite.IsWorthIt(_new + (_loaded.Count - keptFromFile), _loaded.Count))
        {
            var used = new Dictionary<TKey, TValue>(keptFromFile + _added.Count, _added.Comparer);
            foreach (var (key, entry) in _loaded)
            {
                if (entry.Used)
                {
                    used[key] = entry.Value;
                }
            }

            foreach (var (key, value) in _added)
            {
                used[key] = value;
            }

            _file.Save(writer =>
            {
                writer.Write(_fingerprint);
                _write(writer, used);
            });
        }
    }

    /// <summary>What a cache file holds: the fingerprint of the settings it was written under, and its entries.</summary>
    public sealed record Stored(string Fingerprint, Dictionary<TKey, CacheEntry<TValue>> Entries);
}
