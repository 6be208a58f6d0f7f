using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RoadmapGit.Core.Notes;

/// <summary>
/// The notes' versions as one run sees them: each blob's reading and the fingerprint of its words
/// are worked out once, whether the history walk (following a rename) or inference asks first —
/// and, with a <see cref="ReadingCache"/>, once for good: a version read by an earlier run is not
/// read again.
/// </summary>
public sealed class NoteContents(Func<string, string> readText, NoteRules rules, ReadingCache? cache = null)
{
    /// <summary>Below this many, starting threads costs more than it saves.</summary>
    private const int ParallelFrom = 64;

    private readonly ReadingCache _cache = cache ?? ReadingCache.None;

    public NoteReading Reading(string blobId) => Read(blobId).Reading;

    /// <summary>True when two versions differ only in white space.</summary>
    public bool SameWords(string blobId, string otherBlobId) => Read(blobId).WordsFingerprint == Read(otherBlobId).WordsFingerprint;

    /// <summary>
    /// Reads every version not read yet, on as many threads as there are processors (the text
    /// reader must allow it): a first run over a long history spends most of its time here.
    /// </summary>
    public void ReadAll(IEnumerable<string> blobIds)
    {
        ArgumentNullException.ThrowIfNull(blobIds);
        var missing = blobIds.Distinct(StringComparer.Ordinal).Where(id => !_cache.TryGet(id, out _)).ToList();
        if (missing.Count < ParallelFrom)
        {
            missing.ForEach(id => Read(id));
            return;
        }

        var read = new System.Collections.Concurrent.ConcurrentBag<(string, CachedReading)>();
        Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, id => read.Add((id, Analyze(id))));
        foreach (var (id, reading) in read)
        {
            _cache.Add(id, reading);
        }
    }

    /// <summary>Keeps what this run read for the next one.</summary>
    public void Save() => _cache.Save();

    private CachedReading Read(string blobId)
    {
        if (_cache.TryGet(blobId, out var known))
        {
            return known;
        }

        var reading = Analyze(blobId);
        _cache.Add(blobId, reading);
        return reading;
    }

    private CachedReading Analyze(string blobId)
    {
        var text = readText(blobId);
        return new CachedReading(NoteAnalyzer.Analyze(text, rules), Fingerprint(NoteAnalyzer.WithoutWhitespace(text)));
    }

    private static ulong Fingerprint(string words) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(words)));
}
