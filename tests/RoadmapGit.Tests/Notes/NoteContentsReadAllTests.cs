using System.Collections.Concurrent;
using RoadmapGit.Core.Notes;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Notes;

/// <summary>
/// <see cref="NoteContents.ReadAll"/> hands back each version's reading at the version's place, as
/// inference takes them: whether read now, read before, named twice or naming no blob.
/// </summary>
public sealed class NoteContentsReadAllTests
{
    private static readonly Dictionary<string, string> Texts = GeneratedNotes.Texts(200);

    [Theory]
    [InlineData(3)]
    [InlineData(200)]
    public void Readings_StandAtTheirVersionsPlaces(int count)
    {
        using var contents = new NoteContents(Read, NoteRules.Default);
        string?[] ids = [.. Texts.Keys.Take(count).SelectMany<string, string?>((id, i) => i % 5 == 0 ? [id, null, id] : [id]).Reverse()];

        var readings = contents.ReadAll(ids);

        Assert.Equal(ids.Length, readings.Length);
        Assert.All(ids.Zip(readings), pair =>
        {
            var (id, reading) = pair;
            Assert.Equal(id is null, reading is null);
            if (id is not null)
            {
                Assert.Same(contents.ReadAll([id])[0], reading);
            }
        });
    }

    [Fact]
    public void VersionsReadBefore_AreNotReadAgain_AndStandAmongNewOnes()
    {
        var reads = new ConcurrentDictionary<string, int>();
        using var contents = new NoteContents(id => { reads.AddOrUpdate(id, 1, (_, n) => n + 1); return Read(id); }, NoteRules.Default);
        var before = contents.Reading("blob005");
        string?[] ids = [.. Texts.Keys];

        var readings = contents.ReadAll(ids);

        Assert.Same(before, readings[5]!.Reading);
        Assert.All(reads, r => Assert.Equal(1, r.Value));
        Assert.Equal(Texts.Count, reads.Count);
        using var alone = new NoteContents(Read, NoteRules.Default);
        Assert.Equal(Texts.Keys.Select(id => alone.Reading(id) with { Slips = [] }), readings.Select(r => r!.Reading with { Slips = [] }));
    }

    [Fact]
    public void ManyVersions_LookedUpOnEveryProcessor_AreFound_AndTheCacheKeepsExactlyThoseUsed()
    {
        // Enough versions for the look-ups to be shared among processors, and a cache that held more.
        var texts = Enumerable.Range(0, 9000).ToDictionary(i => $"{i:D40}", i => $"# Topic {i}\n\nWords about topic {i} {(i % 3 == 0 ? "" : "and a good deal more of them, enough to count as content")}.\n");
        var folder = Path.Combine(Path.GetTempPath(), "roadmap-git-tests", "read-all-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var all = texts.Keys.ToList();
            var used = all.Take(6000).ToList();
            Assert.Equal(all.Count, Run(all, out var first).Count(r => r is not null));
            Assert.Equal(all.Count, first);

            string?[] asked = [.. used, null, .. used.Take(100)];
            var readings = Run(asked, out var second);
            Assert.Equal(0, second);
            Assert.All(asked.Zip(readings), pair => Assert.Equal(pair.First is null, pair.Second is null));

            // The run used 6,000 of 9,000 entries and kept those: the next run reads the other 3,000 again.
            Run(all, out var third);
            Assert.Equal(all.Count - used.Count, third);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        CachedReading?[] Run(IReadOnlyList<string?> ids, out int reads)
        {
            var count = 0;
            var cache = ReadingCache.At(Path.Combine(folder, "readings.bin"), NoteRules.Default);
            using var contents = new NoteContents(id => { Interlocked.Increment(ref count); return texts[id]; }, NoteRules.Default, cache);
            var readings = contents.ReadAll(ids);
            contents.Save();
            reads = count;
            return readings;
        }
    }

    private static string Read(string id) => Texts[id];
}
