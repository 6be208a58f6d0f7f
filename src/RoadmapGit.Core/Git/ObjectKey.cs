using System.Buffers.Binary;

namespace RoadmapGit.Core.Git;

/// <summary>
/// A commit id as four numbers, so a walk over every commit of a long history keeps no string
/// per commit. Holds SHA-1 and SHA-256 ids.
/// </summary>
internal readonly record struct ObjectKey(ulong A, ulong B, ulong C, ulong D)
{
    /// <param name="hex">The id in hex, as ASCII bytes.</param>
    public static ObjectKey Parse(ReadOnlySpan<byte> hex)
    {
        if (hex.Length is not (40 or 64))
        {
            throw new FormatException("not an object id");
        }

        Span<char> chars = stackalloc char[64];
        for (var i = 0; i < hex.Length; i++)
        {
            chars[i] = (char)hex[i];
        }

        chars[hex.Length..].Fill('0');
        Span<byte> bytes = stackalloc byte[32];
        if (Convert.FromHexString(chars, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            throw new FormatException("not an object id");
        }

        return new ObjectKey(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    public static ObjectKey Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length is not (40 or 64))
        {
            throw new FormatException("not an object id");
        }

        Span<byte> ascii = stackalloc byte[hex.Length];
        for (var i = 0; i < hex.Length; i++)
        {
            ascii[i] = (byte)hex[i];
        }

        return Parse(ascii);
    }
}
