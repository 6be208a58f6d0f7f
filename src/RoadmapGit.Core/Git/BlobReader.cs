using System.Collections.Concurrent;
using System.Text;
using LibGit2Sharp;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Reads blobs in-process through libgit2, and through git for a blob libgit2 does not have (a
/// partial clone), so a note's text is never taken for empty because it was not downloaded. Safe
/// to call from several threads: libgit2 wants a repository handle per thread, so each reader
/// takes one of its own from a small pool.
/// </summary>
internal sealed class BlobReader(string gitDirectory, GitCommandLine git) : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly ConcurrentBag<Repository> _handles = [];
    private readonly List<Repository> _opened = [];
    private readonly Lock _catFileLock = new();
    private CatFileProcess? _catFile;

    public string ReadText(string blobId)
    {
        var handle = Rent();
        try
        {
            var blob = handle.Lookup<Blob>(new ObjectId(blobId));
            if (blob is not null)
            {
                return blob.GetContentText();
            }
        }
        finally
        {
            _handles.Add(handle);
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
