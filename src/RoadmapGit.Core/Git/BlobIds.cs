using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoadmapGit.Core.Git;

/// <summary>The id git gives a blob of some bytes: the hash of <c>blob SIZE\0</c> and the bytes.</summary>
internal static class BlobIds
{
    /// <summary>
    /// True when <paramref name="content"/> is the blob <paramref name="blobId"/> names: hashed as
    /// SHA-1 or SHA-256, whichever the id's length says the repository uses.
    /// </summary>
    public static bool Names(string blobId, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(blobId);
        var algorithm = blobId.Length switch
        {
            40 => HashAlgorithmName.SHA1,
            64 => HashAlgorithmName.SHA256,
            _ => (HashAlgorithmName?)null,
        };
        if (algorithm is not { } name)
        {
            return false;
        }

        using var hash = IncrementalHash.CreateHash(name);
        hash.AppendData(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"blob {content.Length}\0")));
        hash.AppendData(content);
        Span<byte> digest = stackalloc byte[32];
        var written = hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..written]).Equals(blobId, StringComparison.OrdinalIgnoreCase);
    }
}
