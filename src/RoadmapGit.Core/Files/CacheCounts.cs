namespace RoadmapGit.Core.Files;

/// <summary>How every cache format reads a count of the items that follow.</summary>
internal static class CacheCounts
{
    /// <summary>
    /// A count no larger than the bytes left, each item taking one at least: lists are sized by it,
    /// and a file that passed its checksum yet counts billions (forged, or another tool's) must read
    /// as no cache, not end the run out of memory.
    /// </summary>
    public static int Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.Read7BitEncodedInt();
        return count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position
            ? throw new FormatException("a count larger than the cache")
            : count;
    }
}
