using System.Collections.Concurrent;
using System.Text;
using LibGit2Sharp;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Reads blobs: the first few in-process through libgit2, the rest through one long-lived
/// <c>git cat-file</c>, which also reads any blob libgit2 does not have (a partial clone), so a
/// note's text is never taken for empty because it was not downloaded. Safe to call from several
/// threads: libgit2 wants a repository handle per thread, so each reader takes one of its own from
/// a small pool.
/// </summary>
/// <param name="inProcessReads">
/// How many blobs libgit2 reads before git reads the rest. A commit or a run with its cache reads a
/// handful, sooner than a git process starts. A first run reads every version of every note, and
/// libgit2 keeps each page of the pack it touched resident to the end (on 100,000 commits,
/// 135 MiB beside the history git is still reading); git lets them go as it moves on.
/// </param>
internal sealed class BlobReader(string gitDirectory, GitCommandLine git, int inProcessReads = BlobReader.InProcessReads) : IDisposable
{
    private const int InProcessReads = 256;
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly ConcurrentBag<Repository> _handles = [];
    private readonly List<Repository> _opened = [];
    private readonly Lock _catFileLock = new();
    private CatFileProcess? _catFile;
    private int _reads;

    public string ReadText(string blobId)
    {
        if (Interlocked.Increment(ref _reads) <= inProcessReads && ReadInProcess(blobId) is { } text)
        {
            return text;
        }

        byte[] bytes;
        lock (_catFileLock)
        {
            // git ends its cat-file on an object it cannot fetch; the next object is asked of a new one.
            if (_catFile is { Ended: true })
            {
                _catFile.Dispose();
                _catFile = null;
            }

            _catFile ??= new CatFileProcess(git);
            bytes = _catFile.Read(blobId) ?? throw HistoryReadException.MissingBlob(blobId, _catFile.Errors);
        }

        return Decode(bytes);
    }

    /// <summary>
    /// The text as libgit2 gives it: UTF-8 unless a byte order mark says otherwise. Only a text that
    /// may start with one goes through a reader; a first run decodes every version of every note.
    /// </summary>
    internal static string Decode(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] is not (0xEF or 0xFE or 0xFF or 0x00))
        {
            return Utf8.GetString(bytes);
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public void Dispose()
    {
        _catFile?.Dispose();
        lock (_opened)
        {
            foreach (var handle in _opened)
            {
                handle.Dispose();
            }
        }
    }

    /// <summary>The blob's text, or null when libgit2 does not have it or cannot read it.</summary>
    private string? ReadInProcess(string blobId)
    {
        var handle = Rent();
        try
        {
            return handle.Lookup<Blob>(new ObjectId(blobId))?.GetContentText();
        }
        catch (LibGit2SharpException)
        {
            // A damaged object: git reads it as it would past the first few, or says why it cannot.
            return null;
        }
        finally
        {
            _handles.Add(handle);
        }
    }

    private Repository Rent()
    {
        if (_handles.TryTake(out var handle))
        {
            return handle;
        }

        handle = new Repository(gitDirectory);
        lock (_opened)
        {
            _opened.Add(handle);
        }

        return handle;
    }
}
