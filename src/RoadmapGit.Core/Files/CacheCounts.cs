namespace RoadmapGit.Core.Files;

/// <summary>How every cache format reads a count of the items that follow.</summary>
internal static class CacheCounts
{
    /// <summary>
    /// A count no larger than the items the bytes left can hold, each item taking
    /// <paramref name="smallestItem"/> bytes at least: lists and tables are sized by it, and a file
    /// that passed its checksum yet counts billions (forged, or another tool's) must read as no
    /// cache, not end the run out of memory. A table's slot takes a few dozen bytes: bounded by one
    /// byte an item, a count could ask for thirty times the file.
    /// </summary>
    public static int Read(BinaryReader reader, int smallestItem = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.Read7BitEncodedInt();
        return count < 0 || count > (reader.BaseStream.Length - reader.BaseStream.Position) / smallestItem
            ? throw new FormatException("a count larger than the cache")
            : count;
    }
}
