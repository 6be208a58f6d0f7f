using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.History;

/// <summary>
/// The history cache on disk: a <see cref="CheckedCacheFile"/> holding a <see cref="HistorySnapshot"/>.
/// Its version goes up whenever what a snapshot holds would be read differently (version 2: author
/// days beyond ±14:00 keep the author's clock), so no cache of an older tool is trusted.
/// </summary>
internal sealed class HistoryCacheFile(string path)
{
    /// <summary>One reader object, so that a load takes what <see cref="Prefetch"/> read.</summary>
    private static readonly Func<BinaryReader, HistorySnapshot> Read = HistorySnapshotFormat.Read;

    private readonly CheckedCacheFile _file = new(path, "RGHC", 2);

    public string Path => _file.Path;

    public void Prefetch() => _file.Prefetch(Read);

    public HistorySnapshot? Load() => _file.Load(Read);

    public void Save(HistorySnapshot snapshot) => _file.Save(writer => HistorySnapshotFormat.Write(writer, snapshot));
}
