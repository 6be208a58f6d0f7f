using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.History;

/// <summary>
/// The cache's payload: paths and blob ids are written once in tables and referred to by number,
/// ids as raw bytes, counts as 7-bit integers, so a long history loads in milliseconds.
/// </summary>
internal static class HistorySnapshotFormat
{
    public static void Write(BinaryWriter writer, HistorySnapshot snapshot)
    {
        var paths = new Table<string>(StringComparer.Ordinal);
        var blobs = new Table<string>(StringComparer.Ordinal);
        foreach (var change in snapshot.Commits.SelectMany(c => c.Changes))
        {
            paths.Add(change.Path);
            paths.AddIfSet(change.RenamedFrom);
            blobs.AddIfSet(change.BlobId);
            foreach (var parent in change.ParentBlobIds)
            {
                blobs.AddIfSet(parent);
            }
        }

        writer.Write(snapshot.CutFingerprint);
        CacheLists.Write(writer, snapshot.Tips, id => WriteId(writer, id));
        CacheLists.Write(writer, snapshot.Coverage.Items, writer.Write);
        CacheLists.Write(writer, snapshot.Raised.ToList(), kv =>
        {
            WriteId(writer, kv.Key);
            writer.Write(kv.Value);
        });
        CacheLists.Write(writer, paths.Items, writer.Write);
        CacheLists.Write(writer, blobs.Items, id => WriteId(writer, id));
        CacheLists.Write(writer, snapshot.Commits, commit =>
        {
            WriteId(writer, commit.Id);
            writer.Write(commit.Sequence);
            writer.Write(commit.AuthorDate.ToUnixTimeSeconds());
            writer.Write((short)commit.AuthorDate.Offset.TotalMinutes);
            writer.Write(commit.AtCut);
            CacheLists.Write(writer, commit.Changes, change =>
            {
                writer.Write7BitEncodedInt(paths.IndexOf(change.Path));
                writer.Write7BitEncodedInt(blobs.NumberOf(change.BlobId));
                CacheLists.Write(writer, change.ParentBlobIds, parent => writer.Write7BitEncodedInt(blobs.NumberOf(parent)));
                writer.Write7BitEncodedInt(paths.NumberOf(change.RenamedFrom));
            });
        });
    }

    public static HistorySnapshot Read(BinaryReader reader)
    {
        var fingerprint = reader.ReadString();
        var tips = CacheLists.Read(reader, () => ReadId(reader));
        var coverage = PathCoverage.Of(CacheLists.Read(reader, reader.ReadString));
        var raised = CacheLists.Read(reader, () => (Id: ReadId(reader), Time: reader.ReadInt64()))
            .ToDictionary(r => r.Id, r => r.Time, StringComparer.Ordinal);
        var paths = CacheLists.Read(reader, reader.ReadString);
        var blobs = CacheLists.Read(reader, () => ReadId(reader));
        string? Blob(int number) => number == 0 ? null : blobs[number - 1];
        string? PathAt(int number) => number == 0 ? null : paths[number - 1];
        var commits = CacheLists.Read(reader, () =>
        {
            var id = ReadId(reader);
            var sequence = reader.ReadInt64();
            var seconds = reader.ReadInt64();
            var offset = TimeSpan.FromMinutes(reader.ReadInt16());
            var atCut = reader.ReadBoolean();
            var changes = CacheLists.ReadArray(reader, () => new PathChange(
                paths[reader.Read7BitEncodedInt()],
                Blob(reader.Read7BitEncodedInt()),
                CacheLists.ReadArray(reader, () => Blob(reader.Read7BitEncodedInt())),
                PathAt(reader.Read7BitEncodedInt())));
            return new HistoryCommit(id, sequence, DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset), atCut, changes);
        });
        return new HistorySnapshot(tips, coverage, fingerprint, raised, commits);
    }

    private static void WriteId(BinaryWriter writer, string id)
    {
        var bytes = Convert.FromHexString(id);
        writer.Write((byte)bytes.Length);
        writer.Write(bytes);
    }

    private static string ReadId(BinaryReader reader)
    {
        Span<byte> bytes = stackalloc byte[byte.MaxValue];
        var id = bytes[..reader.ReadByte()];
        reader.BaseStream.ReadExactly(id);
        return Convert.ToHexStringLower(id);
    }

    /// <summary>Values numbered from 1 in the order first met; 0 stands for none.</summary>
    private sealed class Table<T>(IEqualityComparer<T> comparer)
        where T : notnull
    {
        private readonly Dictionary<T, int> _numbers = new(comparer);

        public List<T> Items { get; } = [];

        public void Add(T item)
        {
            if (_numbers.TryAdd(item, Items.Count + 1))
            {
                Items.Add(item);
            }
        }

        public void AddIfSet(T? item)
        {
            if (item is not null)
            {
                Add(item);
            }
        }

        public int IndexOf(T item) => _numbers[item] - 1;

        public int NumberOf(T? item) => item is null ? 0 : _numbers[item];
    }
}
