using System.Security.Cryptography;
using System.Text;

namespace RoadmapGit.Tests.Support;

/// <summary>The id git gives a file's content, worked out as git does, so tests can name blobs by their text.</summary>
internal static class GitBlob
{
    public static string IdOf(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var header = Encoding.ASCII.GetBytes($"blob {bytes.Length}\0");
#pragma warning disable CA5350 // git names objects by SHA-1: an id, not a secret.
        return Convert.ToHexStringLower(SHA1.HashData([.. header, .. bytes]));
#pragma warning restore CA5350
    }
}
