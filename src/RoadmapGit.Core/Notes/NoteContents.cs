using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace RoadmapGit.Core.Notes;

/// <summary>
/// The notes' versions as one run sees them: each blob's reading and the fingerprint of its words
/// are worked out once, whether the history walk (following a rename) or inference asks first —
/// and, with a <see cref="ReadingCache"/>, once for good: a version read by an earlier run is not
/// read again.
/// </summary>
/// <remarks>
/// On a first run over a long history, reading the versions costs about as much as git's own
/// reading of history; <see cref="ReadSoon"/> lets the versions git has named so far be read on a
/// thread of their own while git goes on, instead of after it.
/// </remarks>
/// <param name="fetch">
/// Told every version <see cref="ReadAll"/> is about to read, first, and the <see cref="Expect"/>ed
/// ones with the first that has to be read alone: a partial clone fetches what it lacks in one go.
/// </param>
public sealed class NoteContents(Func<string, string> readText, NoteRules rules, ReadingCache? cache = null, Action<IReadOnlyCollection<string>>? fetch = null) : IDisposable
{
    /// <summary>Below this many, starting threads costs more than it saves.</summary>
    private const int ParallelFrom = 64;

    /// <summary>Below this many versions, one thread looks them all up sooner than two could start.</summary>
    private const int LookUpApartFrom = 4096;

    private readonly ReadingCache _cache = cache ?? ReadingCache.None;

    /// <summary>Guards <see cref="_cache"/>: the early reader asks it while the history walk may add to it.</summary>
    private readonly Lock _gate = new();

    /// <summary>Versions announced before they are read, to be fetched together (from any thread).</summary>
    private readonly ConcurrentQueue<string> _expected = new();

    private BlockingCollection<string>? _soon;
    private Task<List<(string Id, CachedReading Reading)>>? _soonReader;
    private volatile bool _stopSoon;

    public NoteReading Reading(string blobId) => Read(blobId).Reading;

    /// <summary>
    /// Queues a version to be read on a thread of its own, as history names it (from any thread).
    /// What is read by the time <see cref="ReadAll"/> is called is kept; the rest is read there.
    /// </summary>
    public void ReadSoon(string blobId)
    {
        ArgumentNullException.ThrowIfNull(blobId);
        if (_stopSoon)
        {
            return;
        }

        if (_soon is null)
        {
            lock (_gate)
            {
                if (_soon is null)
                {
                    var queue = new BlockingCollection<string>();
                    _soonReader = Task.Factory.StartNew(() => ReadQueued(queue), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                    _soon = queue;
                }
            }
        }

        _soon.Add(blobId);
    }

    /// <summary>
    /// Announces a version the run is about to read one at a time, as history names it (from any
    /// thread): following a rename reads the renamed version before history is read to its end.
    /// The first such version that is not known yet is fetched with every one announced before it.
    /// </summary>
    public void Expect(string blobId)
    {
        ArgumentNullException.ThrowIfNull(blobId);
        if (fetch is not null)
        {
            _expected.Enqueue(blobId);
        }
    }

    /// <summary>
    /// Reads every version not read yet, on as many threads as there are processors (the text
    /// reader must allow it): a first run over a long history spends most of its time here.
    /// </summary>
    /// <param name="blobIds">The versions, with null for one that names no blob (a deletion).</param>
    /// <returns>
    /// Each version's reading, at its place in <paramref name="blobIds"/> (null where it names no
    /// blob): inference then reads its notes' versions without asking again, from every processor
    /// at once, each of tens of thousands of versions on every commit.
    /// </returns>
    public CachedReading?[] ReadAll(IReadOnlyList<string?> blobIds)
    {
        ArgumentNullException.ThrowIfNull(blobIds);
        KeepReadSoon();
        var readings = new CachedReading?[blobIds.Count];
        List<string> missing = [];

        // Most versions were read by an earlier run: only the few that were not need telling apart.
        // On a long history this asks after every version of every note, every commit: the look-ups,
        // each a wait on memory, are shared among the processors while nothing is added.
        var parts = blobIds.Count < LookUpApartFrom ? 1 : Environment.ProcessorCount;
        var unknown = new List<int>?[parts];
        lock (_gate)
        {
            InParallel.For(parts, part =>
            {
                var end = (int)((long)readings.Length * (part + 1) / parts);
                for (var i = (int)((long)readings.Length * part / parts); i < end; i++)
                {
                    if (blobIds[i] is not { } id)
                    {
                        continue;
                    }

                    if (_cache.TryGet(id, out var known))
                    {
                        readings[i] = known;
                    }
                    else
                    {
                        (unknown[part] ??= []).Add(i);
                    }
                }
            });

            HashSet<string>? listed = null;
            foreach (var indices in unknown)
            {
                foreach (var i in indices ?? [])
                {
                    if ((listed ??= new HashSet<string>(StringComparer.Ordinal)).Add(blobIds[i]!))
                    {
                        missing.Add(blobIds[i]!);
                    }
                }
            }
        }

        fetch?.Invoke(missing);
        if (missing.Count == 0)
        {
            return readings;
        }

        var read = new Dictionary<string, CachedReading>(missing.Count, StringComparer.Ordinal);
        if (missing.Count < ParallelFrom)
        {
            missing.ForEach(id => read[id] = Read(id));
        }
        else
        {
            var analyzed = new CachedReading[missing.Count];
            InParallel.For(missing.Count, i => analyzed[i] = Analyze(missing[i]));
            lock (_gate)
            {
                for (var i = 0; i < missing.Count; i++)
                {
                    _cache.Add(missing[i], analyzed[i]);
                    read[missing[i]] = analyzed[i];
                }
            }
        }

        // The gaps are the places the look-ups left: a version named twice fills both.
        foreach (var indices in unknown)
        {
            foreach (var i in indices ?? [])
            {
                readings[i] = read[blobIds[i]!];
            }
        }

        return readings;
    }

    /// <summary>Keeps what this run read for the next one.</summary>
    public void Save()
    {
        lock (_gate)
        {
            _cache.Save();
        }
    }

    public void Dispose() => StopReadingSoon();

    private CachedReading Read(string blobId)
    {
        lock (_gate)
        {
            if (_cache.TryGet(blobId, out var known))
            {
                return known;
            }
        }

        FetchExpected(blobId);
        var reading = Analyze(blobId);
        lock (_gate)
        {
            _cache.Add(blobId, reading);
        }

        return reading;
    }

    /// <summary>Fetches <paramref name="blobId"/> together with the versions announced so far that are not known yet.</summary>
    private void FetchExpected(string blobId)
    {
        if (fetch is null || _expected.IsEmpty)
        {
            return;
        }

        var batch = new HashSet<string>(StringComparer.Ordinal) { blobId };
        lock (_gate)
        {
            while (_expected.TryDequeue(out var expected))
            {
                if (!_cache.TryGet(expected, out _))
                {
                    batch.Add(expected);
                }
            }
        }

        fetch(batch);
    }

    /// <summary>Stops the early reader where it is and keeps what it read.</summary>
    private void KeepReadSoon()
    {
        var early = StopReadingSoon();
        lock (_gate)
        {
            foreach (var (id, reading) in early)
            {
                if (!_cache.TryGet(id, out _))
                {
                    _cache.Add(id, reading);
                }
            }
        }
    }

    private List<(string Id, CachedReading Reading)> StopReadingSoon()
    {
        if (_soon is null || _soonReader is null)
        {
            return [];
        }

        _stopSoon = true;
        _soon.CompleteAdding();
        var early = _soonReader.GetAwaiter().GetResult();
        _soon.Dispose();
        (_soon, _soonReader) = (null, null);
        return early;
    }

    private List<(string Id, CachedReading Reading)> ReadQueued(BlockingCollection<string> queue)
    {
        var read = new List<(string, CachedReading)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in queue.GetConsumingEnumerable())
        {
            if (_stopSoon)
            {
                break;
            }

            bool known;
            lock (_gate)
            {
                known = _cache.TryGet(id, out _);
            }

            if (!taken.Add(id) || known)
            {
                continue;
            }

            try
            {
                read.Add((id, Analyze(id)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // History names versions no row may need (a note no row links); one that cannot be
                // read is read again, and its error told, only if it is needed.
            }
        }

        return read;
    }

    private CachedReading Analyze(string blobId)
    {
        var text = readText(blobId);
        return new CachedReading(NoteAnalyzer.Analyze(text, rules), Fingerprint(NoteAnalyzer.WithoutWhitespace(text)));
    }

    private static ulong Fingerprint(string words) =>
        BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(words)));
}
