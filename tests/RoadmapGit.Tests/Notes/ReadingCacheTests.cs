using RoadmapGit.Core.Files;
using RoadmapGit.Core.Notes;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Notes;

public sealed class ReadingCacheTests : IDisposable
{
    private static readonly Dictionary<string, string> Texts = new(StringComparer.Ordinal)
    {
        ["1111111111111111111111111111111111111111"] = "# HTTP\n\nA request has a method, a path and headers.\n",
        ["2222222222222222222222222222222222222222"] = "---\nstatus: doen\n---\n# HTTP\n\nA request  has a method, a path and headers.\n",
        ["3333333333333333333333333333333333333333"] = "# HTTP\n",
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-git-tests", "readings-" + Guid.NewGuid().ToString("N")[..8]);

    private string CachePath => Path.Combine(_folder, "readings.bin");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void SecondRun_ReadsNoText_AndReadsTheSame()
    {
        var first = Read(NoteRules.Default, out var firstReads);
        var second = Read(NoteRules.Default, out var secondReads);

        Assert.Equal(3, firstReads);
        Assert.Equal(0, secondReads);
        Assert.Equal(first.Select(Describe), second.Select(Describe));
    }

    [Fact]
    public void OtherRules_DoNotUseTheCache()
    {
        Read(NoteRules.Default, out _);

        var readings = Read(NoteRules.Default with { StubWords = 50 }, out var reads);

        Assert.Equal(3, reads);
        Assert.All(readings, r => Assert.True(r.IsStub));
    }

    [Fact]
    public void CacheReadInTheBackground_BeforeTheRulesAreKnown_ReadsTheSame()
    {
        var first = Read(NoteRules.Default, out _);

        var second = Read(NoteRules.Default, out var reads, prefetch: true);

        Assert.Equal(0, reads);
        Assert.Equal(first.Select(Describe), second.Select(Describe));
    }

    [Fact]
    public void CacheReadInTheBackground_UnderOtherRules_IsNotUsed()
    {
        Read(NoteRules.Default, out _);

        var readings = Read(NoteRules.Default with { StubWords = 50 }, out var reads, prefetch: true);

        Assert.Equal(3, reads);
        Assert.All(readings, r => Assert.True(r.IsStub));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DamagedCache_IsReadAfresh(bool readInTheBackground)
    {
        Read(NoteRules.Default, out _);
        var bytes = File.ReadAllBytes(CachePath);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(CachePath, bytes);

        Read(NoteRules.Default, out var reads, prefetch: readInTheBackground);

        Assert.Equal(3, reads);
    }

    [Theory]
    [InlineData("versions")]
    [InlineData("slips")]
    [InlineData("accepted values")]
    public void AFileCountingMoreThanItHolds_IsReadAfresh(string counted)
    {
        Forge(writer =>
        {
            writer.Write7BitEncodedInt(counted == "versions" ? int.MaxValue : 1);
            WriteVersionUpToSlips(writer, counted == "slips" ? int.MaxValue : 1);
            writer.Write((byte)0);
            writer.Write7BitEncodedInt(1);
            writer.Write("status");
            writer.Write("doen");
            writer.Write(false);
            writer.Write(string.Empty);
            writer.Write7BitEncodedInt(int.MaxValue);
        });

        Read(NoteRules.Default, out var reads);

        Assert.Equal(3, reads);
    }

    [Theory]
    [InlineData("versions")]
    [InlineData("slips")]
    public void AFileCountingAnItemForEveryByteLeft_IsReadAfresh_WithoutRoomMadeForThem(string counted)
    {
        var padding = new byte[1 << 21];
        var file = Forge(writer =>
        {
            writer.Write7BitEncodedInt(counted == "versions" ? padding.Length : 1);
            if (counted == "slips")
            {
                WriteVersionUpToSlips(writer, padding.Length);
            }

            writer.Write(padding);
        });

        var before = GC.GetAllocatedBytesForCurrentThread();
        var cache = ReadingCache.In(file, NoteRules.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.False(cache.TryGet(Texts.Keys.First(), out _));
        Assert.InRange(allocated, 0, 2 * new FileInfo(CachePath).Length);
    }

    [Fact]
    public void WhiteSpaceOnlyChange_IsTheSameWords_FromTheCacheToo()
    {
        Read(NoteRules.Default, out _);
        var contents = new NoteContents(_ => throw new InvalidOperationException("read"), NoteRules.Default, ReadingCache.At(CachePath, NoteRules.Default));

        Assert.False(contents.SameWords(Texts.Keys.First(), Texts.Keys.Skip(1).First()));
        Assert.True(contents.SameWords(Texts.Keys.First(), Texts.Keys.First()));
    }

    /// <param name="prefetch">Start reading the file in the background first, as a run does while it parses the roadmap.</param>
    private List<NoteReading> Read(NoteRules rules, out int reads, bool prefetch = false)
    {
        var count = 0;
        var file = new CheckedCacheFile(CachePath, ReadingCache.Kind, ReadingCache.FormatVersion);
        if (prefetch)
        {
            ReadingCache.Prefetch(file);
        }

        var contents = new NoteContents(id => { Interlocked.Increment(ref count); return Texts[id]; }, rules, ReadingCache.In(file, rules));
        contents.ReadAll([.. Texts.Keys]);
        var readings = Texts.Keys.Select(contents.Reading).ToList();
        contents.Save();
        reads = count;
        return readings;
    }

    /// <summary>One version's entry as the cache writes it, up to and with the count of its slips.</summary>
    /// <summary>A cache file as a run keeps it, under the right fingerprint, with <paramref name="entries"/> forged after it.</summary>
    private CheckedCacheFile Forge(Action<BinaryWriter> entries)
    {
        Read(NoteRules.Default, out _);
        var file = new CheckedCacheFile(CachePath, ReadingCache.Kind, ReadingCache.FormatVersion);
        var fingerprint = file.Load(reader => reader.ReadString())!;
        file.Save(writer =>
        {
            writer.Write(fingerprint);
            entries(writer);
        });
        return file;
    }

    private static void WriteVersionUpToSlips(BinaryWriter writer, int slips)
    {
        writer.Write(Convert.FromHexString(Texts.Keys.First()));
        writer.Write(0UL);
        writer.Write(false);
        writer.Write7BitEncodedInt(10);
        writer.Write((byte)0);
        writer.Write(string.Empty);
        writer.Write(-1);
        writer.Write(-1);
        writer.Write7BitEncodedInt(slips);
    }

    private static string Describe(NoteReading r) =>
        $"{r.IsStub} {r.Words} {r.Explicit} {r.Why} {r.Started} {r.Finished} {string.Join(",", r.Slips.Select(s => $"{s.Kind}:{s.Line}:{s.Key}:{s.Value}:{s.Suggestion}:{string.Join("|", s.Accepted)}"))}";
}
