using RoadmapGit.Core.Files;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Tests.Ownership;

public sealed class RoadmapRowsCacheTests : IDisposable
{
    private const string Blob = "1111111111111111111111111111111111111111";
    private const string OtherBlob = "2222222222222222222222222222222222222222";

    private static readonly RoadmapRows Rows = new(new Dictionary<string, List<string?[]>>(StringComparer.Ordinal)
    {
        ["notes/http.md"] = [["✅ Completed", "09.02.2026", null], ["🔴 Not Started", "xx.xx.xx", ""]],
        ["notes/dns.md"] = [["🟡 In Progress", null, null]],
    });

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-git-tests", "rows-" + Guid.NewGuid().ToString("N")[..8]);

    private string CachePath => Path.Combine(_folder, "roadmap-rows.bin");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void RowsKeptByOneRun_AreReadBackByTheNext_CellForCell()
    {
        Keep(OverallLabels.Default, ("README.md", Blob), ("docs/roadmap.md", Blob));

        var cache = RoadmapRowsCache.At(CachePath, OverallLabels.Default);

        Assert.True(cache.TryGet("README.md", Blob, out var rows));
        Assert.Equal(Describe(Rows), Describe(rows));
        Assert.True(cache.TryGet("docs/roadmap.md", Blob, out _));
        Assert.False(cache.TryGet("README.md", OtherBlob, out _));
    }

    [Fact]
    public void OtherOverallLabels_DoNotUseTheCache()
    {
        Keep(OverallLabels.Default, ("README.md", Blob));

        var cache = RoadmapRowsCache.At(CachePath, OverallLabels.Default with { Status = ["Progress"] });

        Assert.False(cache.TryGet("README.md", Blob, out _));
    }

    [Fact]
    public void ADamagedFile_IsNoCache()
    {
        Keep(OverallLabels.Default, ("README.md", Blob));
        var bytes = File.ReadAllBytes(CachePath);
        bytes[^40] ^= 0xFF;
        File.WriteAllBytes(CachePath, bytes);

        Assert.False(RoadmapRowsCache.At(CachePath, OverallLabels.Default).TryGet("README.md", Blob, out _));
    }

    [Fact]
    public void ARunKeepsOnlyWhatItUsed()
    {
        Keep(OverallLabels.Default, ("README.md", Blob), ("README.md", OtherBlob));
        var second = RoadmapRowsCache.At(CachePath, OverallLabels.Default);
        Assert.True(second.TryGet("README.md", Blob, out _));
        second.Save();

        var third = RoadmapRowsCache.At(CachePath, OverallLabels.Default);

        Assert.True(third.TryGet("README.md", Blob, out _));
        Assert.False(third.TryGet("README.md", OtherBlob, out _));
    }

    [Fact]
    public void AFileCountingMoreNotesThanItHolds_IsNoCache()
    {
        Forge(writer =>
        {
            writer.Write("README.md");
            writer.Write(Convert.FromHexString(Blob));
            writer.Write7BitEncodedInt(int.MaxValue);
        });

        Assert.False(RoadmapRowsCache.At(CachePath, OverallLabels.Default).TryGet("README.md", Blob, out _));
    }

    [Fact]
    public void AFileCountingMoreRowsThanItHolds_IsNoCache()
    {
        Forge(writer =>
        {
            writer.Write("README.md");
            writer.Write(Convert.FromHexString(Blob));
            writer.Write7BitEncodedInt(1);
            writer.Write("notes/http.md");
            writer.Write7BitEncodedInt(int.MaxValue);
        });

        Assert.False(RoadmapRowsCache.At(CachePath, OverallLabels.Default).TryGet("README.md", Blob, out _));
    }

    private void Keep(OverallLabels labels, params (string Path, string BlobId)[] versions)
    {
        var cache = RoadmapRowsCache.At(CachePath, labels);
        foreach (var (path, blobId) in versions)
        {
            cache.Add(path, blobId, Rows);
        }

        cache.Save();
    }

    /// <summary>
    /// A file that passes every check (kind, version, length, checksum, labels) but whose one
    /// version says what <paramref name="version"/> writes: what a tool with another format under
    /// the same version number, or a hand, could leave.
    /// </summary>
    private void Forge(Action<BinaryWriter> version)
    {
        Keep(OverallLabels.Default, ("README.md", Blob));
        var file = new CheckedCacheFile(CachePath, RoadmapRowsCache.Kind, RoadmapRowsCache.FormatVersion);
        var fingerprint = file.Load(reader => reader.ReadString())!;
        file.Save(writer =>
        {
            writer.Write(fingerprint);
            writer.Write7BitEncodedInt(1);
            version(writer);
        });
    }

    private static string Describe(RoadmapRows rows) => string.Join(
        "\n",
        rows.ByNote.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key + ": " + string.Join(" / ", kv.Value.Select(r => string.Join("|", r.Select(c => c ?? "<none>"))))));
}
