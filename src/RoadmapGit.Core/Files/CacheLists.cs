namespace RoadmapGit.Core.Files;

/// <summary>How cache formats write and read a list: its count, then each item.</summary>
internal static class CacheLists
{
    public static void Write<T>(BinaryWriter writer, IReadOnlyCollection<T> items, Action<T> write)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        writer.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    /// <summary>A list sized by its count, which is checked against the bytes left (see <see cref="CacheCounts"/>).</summary>
    public static List<T> Read<T>(BinaryReader reader, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var count = CacheCounts.Read(reader);
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }

    /// <summary>
    /// An array of exactly its count, for the many short lists a cache holds (a change's parents, a
    /// note's slips): a list would add an object and room to grow to each, on every run that reads it.
    /// </summary>
    public static T[] ReadArray<T>(BinaryReader reader, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var count = CacheCounts.Read(reader);
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read();
        }

        return items;
    }
}
