using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.History;

/// <summary>The history cache on disk: a <see cref="CheckedCacheFile"/> holding a <see cref="HistorySnapshot"/>.</summary>
internal sealed class HistoryCacheFile(string path)
{
    private readonly CheckedCacheFile _file = new(path, "RGHC", 1);

    public string Path => _file.Path;

    public HistorySnapshot? Load() => _file.Load(HistorySnapshotFormat.Read);

    public void Save(HistorySnapshot snapshot) => _file.Save(writer => HistorySnapshotFormat.Write(writer, snapshot));
}
