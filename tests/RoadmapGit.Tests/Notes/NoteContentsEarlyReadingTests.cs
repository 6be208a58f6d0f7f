using System.Collections.Concurrent;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Notes;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Notes;

/// <summary>Versions read early, while history is still being read, are the versions read after it.</summary>
public sealed class NoteContentsEarlyReadingTests
{
    private static readonly Dictionary<string, string> Texts = GeneratedNotes.Texts(300);

    [Fact]
    public void EarlyReadings_EqualLateOnes()
    {
        using var late = new NoteContents(Read, NoteRules.Default);
        late.ReadAll([.. Texts.Keys]);
        using var early = new NoteContents(Read, NoteRules.Default);
        foreach (var id in Texts.Keys.Take(200))
        {
            early.ReadSoon(id);
        }

        early.ReadAll([.. Texts.Keys]);

        Assert.All(Texts.Keys, id => Assert.Equal(late.Reading(id) with { Slips = [] }, early.Reading(id) with { Slips = [] }));
        Assert.All(Texts.Keys, id => Assert.Equal(late.SameWords(id, "blob001"), early.SameWords(id, "blob001")));
    }

    [Fact]
    public void VersionNamedOften_IsReadOnce()
    {
        var reads = new ConcurrentDictionary<string, int>();
        using var contents = new NoteContents(id => { reads.AddOrUpdate(id, 1, (_, n) => n + 1); return Read(id); }, NoteRules.Default);
        foreach (var id in Texts.Keys.Concat(Texts.Keys))
        {
            contents.ReadSoon(id);
        }

        contents.ReadAll([.. Texts.Keys]);

        Assert.All(reads, r => Assert.Equal(1, r.Value));
        Assert.Equal(Texts.Count, reads.Count);
    }

    [Fact]
    public void VersionUnreadableEarly_FailsOnlyWhenNeeded()
    {
        using var contents = new NoteContents(Read, NoteRules.Default);
        contents.ReadSoon("missing");
        contents.ReadSoon("blob001");

        contents.ReadAll(["blob001"]);

        Assert.Throws<HistoryReadException>(() => contents.Reading("missing"));
    }

    [Fact]
    public void Disposing_StopsTheEarlyReaderWithoutReadingAll()
    {
        var contents = new NoteContents(Read, NoteRules.Default);
        contents.ReadSoon("blob001");

        contents.Dispose();
        contents.ReadSoon("blob002");

        Assert.False(contents.Reading("blob001").IsStub);
    }

    private static string Read(string id) =>
        Texts.TryGetValue(id, out var text) ? text : throw HistoryReadException.MissingBlob(id, string.Empty);
}
