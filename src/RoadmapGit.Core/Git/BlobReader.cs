using System.Text;
using LibGit2Sharp;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Reads blobs in-process through libgit2, and through git for a blob libgit2 does not have (a
/// partial clone), so a note's text is never taken for empty because it was not downloaded.
/// </summary>
internal sealed class BlobReader(Repository repository, GitCommandLine git) : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private CatFileProcess? _catFile;

    public string ReadText(string blobId)
    {
        var blob = repository.Lookup<Blob>(new ObjectId(blobId));
        if (blob is not null)
        {
            return blob.GetContentText();
        }

        _catFile ??= new CatFileProcess(git);
        var bytes = _catFile.Read(blobId) ?? throw HistoryReadException.MissingBlob(blobId, _catFile.Errors);
        using var reader = new StreamReader(new MemoryStream(bytes), Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    public void Dispose() => _catFile?.Dispose();
}
