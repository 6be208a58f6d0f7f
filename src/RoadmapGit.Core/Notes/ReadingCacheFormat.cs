using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.Notes;

/// <summary>The reading cache's entries, after the rules' fingerprint: each blob id with its reading.</summary>
internal static class ReadingCacheFormat
{
    /// <summary>An entry with every string empty and no slip: id, fingerprint, then 13 bytes of reading.</summary>
    private const int SmallestEntry = 20 + 8 + 13;

    /// <summary>A slip with every string empty and no accepted value.</summary>
    private const int SmallestSlip = 7;

    public static Dictionary<string, CacheEntry<CachedReading>> Read(BinaryReader reader)
    {
        var count = CacheCounts.Read(reader, SmallestEntry);
        var readings = new Dictionary<string, CacheEntry<CachedReading>>(count, StringComparer.Ordinal);
        Span<byte> id = stackalloc byte[20];
        var shared = new SharedStrings();
        for (var i = 0; i < count; i++)
        {
            reader.BaseStream.ReadExactly(id);
            var blobId = Convert.ToHexStringLower(id);
            var words = reader.ReadUInt64();
            var reading = new NoteReading(
                reader.ReadBoolean(), reader.Read7BitEncodedInt(), (ExplicitState)reader.ReadByte(), shared.Read(reader),
                Day(reader), Day(reader), Slips(reader, shared));
            readings[blobId] = new(new CachedReading(reading, words));
        }

        return readings;
    }

    public static void Write(BinaryWriter writer, IReadOnlyDictionary<string, CachedReading> readings)
    {
        var ids = readings.Keys.Where(id => id.Length == 40).Order(StringComparer.Ordinal).ToList();
        writer.Write7BitEncodedInt(ids.Count);
        foreach (var id in ids)
        {
            var (reading, words) = readings[id];
            writer.Write(Convert.FromHexString(id));
            writer.Write(words);
            writer.Write(reading.IsStub);
            writer.Write7BitEncodedInt(reading.Words);
            writer.Write((byte)reading.Explicit);
            writer.Write(reading.Why);
            Write(writer, reading.Started);
            Write(writer, reading.Finished);
            writer.Write7BitEncodedInt(reading.Slips.Count);
            foreach (var slip in reading.Slips)
            {
                writer.Write((byte)slip.Kind);
                writer.Write7BitEncodedInt(slip.Line);
                writer.Write(slip.Key);
                writer.Write(slip.Value);
                writer.Write(slip.Suggestion is not null);
                writer.Write(slip.Suggestion ?? string.Empty);
                writer.Write7BitEncodedInt(slip.Accepted.Count);
                foreach (var accepted in slip.Accepted)
                {
                    writer.Write(accepted);
                }
            }
        }
    }

    private static DateOnly? Day(BinaryReader reader) => reader.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static void Write(BinaryWriter writer, DateOnly? day) => writer.Write(day?.DayNumber ?? -1);

    private static NoteSlip[] Slips(BinaryReader reader, SharedStrings shared)
    {
        var count = CacheCounts.Read(reader, SmallestSlip);
        var slips = count == 0 ? [] : new NoteSlip[count];
        for (var i = 0; i < count; i++)
        {
            var kind = (NoteSlipKind)reader.ReadByte();
            var line = reader.Read7BitEncodedInt();
            var key = shared.Read(reader);
            var value = shared.Read(reader);
            var hasSuggestion = reader.ReadBoolean();
            var suggestion = shared.Read(reader);
            var accepted = CacheLists.ReadArray(reader, () => shared.Read(reader));
            slips[i] = new NoteSlip(kind, line, key, value, hasSuggestion ? suggestion : null, accepted);
        }

        return slips;
    }
}
