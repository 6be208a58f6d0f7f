using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The roadmap rows cache's entries, after the labels' fingerprint: each version (path and blob id)
/// with its notes and, for each of a note's rows, its three cell texts (a flag for a missing one).
/// </summary>
internal static class RoadmapRowsCacheFormat
{
    private const int Cells = 3;

    public static Dictionary<(string, string), CacheEntry<RoadmapRows>> Read(BinaryReader reader)
    {
        var versions = new Dictionary<(string, string), CacheEntry<RoadmapRows>>();

        var count = CacheCounts.Read(reader);
        for (var i = 0; i < count; i++)
        {
            var path = reader.ReadString();
            var blobId = Convert.ToHexStringLower(reader.ReadBytes(20));
            var notes = CacheCounts.Read(reader);
            var byNote = new Dictionary<string, List<string?[]>>(notes, StringComparer.Ordinal);
            for (var n = 0; n < notes; n++)
            {
                var note = reader.ReadString();
                byNote[note] = Enumerable.Range(0, CacheCounts.Read(reader))
                    .Select(_ => Enumerable.Range(0, Cells).Select(_ => Cell(reader)).ToArray())
                    .ToList();
            }

            versions[(path, blobId)] = new(new RoadmapRows(byNote));
        }

        return versions;
    }

    public static void Write(BinaryWriter writer, IReadOnlyDictionary<(string Path, string BlobId), RoadmapRows> versions)
    {
        var keys = versions.Keys.Where(k => k.BlobId.Length == 40)
            .OrderBy(k => k.Path, StringComparer.Ordinal).ThenBy(k => k.BlobId, StringComparer.Ordinal).ToList();
        writer.Write7BitEncodedInt(keys.Count);
        foreach (var key in keys)
        {
            writer.Write(key.Path);
            writer.Write(Convert.FromHexString(key.BlobId));
            var byNote = versions[key].ByNote;
            writer.Write7BitEncodedInt(byNote.Count);
            foreach (var (note, rows) in byNote.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                writer.Write(note);
                writer.Write7BitEncodedInt(rows.Count);
                foreach (var cell in rows.SelectMany(r => r))
                {
                    writer.Write(cell is not null);
                    writer.Write(cell ?? string.Empty);
                }
            }
        }
    }

    /// <summary>A cell is a flag and a text, the text written (empty) for a missing cell too.</summary>
    private static string? Cell(BinaryReader reader)
    {
        var present = reader.ReadBoolean();
        var text = reader.ReadString();
        return present ? text : null;
    }
}
