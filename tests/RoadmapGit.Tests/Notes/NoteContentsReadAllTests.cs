using System.Collections.Concurrent;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Tests.Notes;

/// <summary>
/// <see cref="NoteContents.ReadAll"/> hands back each version's reading at the version's place, as
/// inference takes them: whether read now, read before, named twice or naming no blob.
/// </summary>
public sealed class NoteContentsReadAllTests
{
    private static readonly Dictionary<string, string> Texts = Enumerable.Range(0, 200).ToDictionary(
        i => $"blob{i:D3}",
        i => i % 4 == 0 ? "# Title\n" : $"---\nstatus: {(i % 2 == 0 ? "done" : "in-progress")}\n---\n# Topic {i}\n\nWords about topic {i}.\n");

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
                Assert.Same(contents.Version(id), reading);
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

    private static string Read(string id) => Texts[id];
}
