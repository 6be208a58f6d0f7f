using System.Globalization;
using RoadmapGit.Core.History;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// What every history reader must do, told once and run against each: the libgit2 walk, one git
/// log, the cache read cold and kept warm, and history in memory. The same steps must give the
/// same timelines everywhere.
/// </summary>
public abstract class HistoryContract : IDisposable
{
    private const string A1 = "# A\n\nHTTP is a request and response protocol between clients and servers.\n";
    private const string A2 = A1 + "Status codes are grouped by hundreds, and each group has a meaning.\n";
    private const string A3 = A2 + "Headers carry metadata about the request and the response body.\n";
    private const string B1 = "# B\n\nDNS turns names into addresses through a tree of delegated zones.\n";
    private const string X1 = "# X\n\nA draft about caching: what to keep, for how long, and where.\n";
    private const string X2 = X1 + "Invalidation is the hard part, as the saying goes.\n";

    private HistoryWorld? _world;
    private IRepositoryHistory? _reader;

    private HistoryWorld World => _world ??= CreateWorld();

    public void Dispose()
    {
        _world?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void NoteWrittenFinishedAndReopened_IsAddedThenModified_AndTheRoadmapHasItsOwnTimeline()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", "roadmap one\n"));
        World.Commit("2026-02-02T09:00:00+00:00", "a stub", ("notes/a.md", "stub a\n"));
        World.Commit("2026-02-03T09:00:00+00:00", "a content", ("notes/a.md", A1));
        World.Commit("2026-02-04T09:00:00+00:00", "elsewhere", ("src/x.txt", "x\n"));
        World.Commit("2026-02-05T09:00:00+00:00", "a done", ("notes/a.md", "done\n" + A2), ("README.md", "roadmap two\n"));
        World.Commit("2026-02-07T09:00:00+00:00", "a reopened", ("notes/a.md", A3));

        var timelines = Read(World.Tips().Head, ["notes/a.md"], ["README.md"]);

        Expect(timelines, "notes/a.md",
            new("a stub", VersionKind.Added, "notes/a.md", "stub a\n", "2026-02-02T09:00:00+00:00"),
            new("a content", VersionKind.Modified, "notes/a.md", A1, "2026-02-03T09:00:00+00:00"),
            new("a done", VersionKind.Modified, "notes/a.md", "done\n" + A2, "2026-02-05T09:00:00+00:00"),
            new("a reopened", VersionKind.Modified, "notes/a.md", A3, "2026-02-07T09:00:00+00:00"));
        Expect(timelines, "README.md",
            new("roadmap", VersionKind.Added, "README.md", "roadmap one\n", "2026-02-01T09:00:00+00:00"),
            new("a done", VersionKind.Modified, "README.md", "roadmap two\n", "2026-02-05T09:00:00+00:00"));
    }

    [Fact]
    public void RenamedNote_KeepsItsHistoryUnderTheOldName()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "a", ("notes/a.md", A1));
        World.Commit("2026-02-02T09:00:00+00:00", "a more", ("notes/a.md", A2));
        World.Move("2026-02-03T09:00:00+00:00", "rename", "notes/a.md", "notes/b.md");
        World.Commit("2026-02-04T09:00:00+00:00", "b more", ("notes/b.md", A3));

        var timelines = Read(World.Tips().Head, ["notes/b.md", "notes/a.md"]);

        Expect(timelines, "notes/b.md",
            new("a", VersionKind.Added, "notes/a.md", A1, "2026-02-01T09:00:00+00:00"),
            new("a more", VersionKind.Modified, "notes/a.md", A2, "2026-02-02T09:00:00+00:00"),
            new("rename", VersionKind.Renamed, "notes/b.md", A2, "2026-02-03T09:00:00+00:00"),
            new("b more", VersionKind.Modified, "notes/b.md", A3, "2026-02-04T09:00:00+00:00"));
        Expect(timelines, "notes/a.md",
            new("a", VersionKind.Added, "notes/a.md", A1, "2026-02-01T09:00:00+00:00"),
            new("a more", VersionKind.Modified, "notes/a.md", A2, "2026-02-02T09:00:00+00:00"),
            new("rename", VersionKind.Deleted, "notes/a.md", null, "2026-02-03T09:00:00+00:00"));
    }

    [Fact]
    public void RenameIntoAStub_IsNotFollowed()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "a stub", ("notes/a.md", "stub one\n"));
        World.Move("2026-02-02T09:00:00+00:00", "rename stub", "notes/a.md", "notes/b.md");

        Expect(Read(World.Tips().Head, ["notes/b.md"]), "notes/b.md",
            new Seen("rename stub", VersionKind.Added, "notes/b.md", "stub one\n", "2026-02-02T09:00:00+00:00"));
    }

    [Fact]
    public void NoteMovedInFromAnotherFolder_BringsItsHistoryFromThere()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "draft", ("drafts/x.md", X1), ("notes/a.md", A1));
        World.Commit("2026-02-02T09:00:00+00:00", "draft more", ("drafts/x.md", X2));
        World.Move("2026-02-03T09:00:00+00:00", "move in", "drafts/x.md", "notes/x.md");
        World.Commit("2026-02-04T09:00:00+00:00", "x more", ("notes/x.md", X2 + "More.\n"));

        Expect(Read(World.Tips().Head, ["notes/x.md"]), "notes/x.md",
            new("draft", VersionKind.Added, "drafts/x.md", X1, "2026-02-01T09:00:00+00:00"),
            new("draft more", VersionKind.Modified, "drafts/x.md", X2, "2026-02-02T09:00:00+00:00"),
            new("move in", VersionKind.Renamed, "notes/x.md", X2, "2026-02-03T09:00:00+00:00"),
            new("x more", VersionKind.Modified, "notes/x.md", X2 + "More.\n", "2026-02-04T09:00:00+00:00"));
    }

    [Fact]
    public void NoteDeletedAndWrittenAgain_HasEachVersion()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "a", ("notes/a.md", A1));
        World.Commit("2026-02-02T09:00:00+00:00", "a gone", ("notes/a.md", null));
        World.Commit("2026-02-03T09:00:00+00:00", "a back", ("notes/a.md", A2));

        Expect(Read(World.Tips().Head, ["notes/a.md"]), "notes/a.md",
            new("a", VersionKind.Added, "notes/a.md", A1, "2026-02-01T09:00:00+00:00"),
            new("a gone", VersionKind.Deleted, "notes/a.md", null, "2026-02-02T09:00:00+00:00"),
            new("a back", VersionKind.Added, "notes/a.md", A2, "2026-02-03T09:00:00+00:00"));
    }

    [Fact]
    public void NoteChangedOnAMergedBranch_IsDatedOnTheBranch()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "init", ("notes/a.md", A1));
        World.Branch("f");
        World.Commit("2026-02-05T10:00:00+00:00", "a on f", ("notes/a.md", A2));
        World.Switch("main");
        World.Commit("2026-02-06T10:00:00+00:00", "other on main", ("o.txt", "o\n"));
        World.Merge("2026-03-01T10:00:00+00:00", "merge f", "f");

        Expect(Read(World.Tips().Head, ["notes/a.md"]), "notes/a.md",
            new("init", VersionKind.Added, "notes/a.md", A1, "2026-02-01T09:00:00+00:00"),
            new("a on f", VersionKind.Modified, "notes/a.md", A2, "2026-02-05T10:00:00+00:00"));
    }

    [Fact]
    public void NoteChangedOnBothSides_HasBothChangesAndTheMerge()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "init", ("notes/a.md", A1));
        World.Branch("f");
        World.Commit("2026-02-05T10:00:00+00:00", "f edit", ("notes/a.md", A1 + "From the branch.\n"));
        World.Switch("main");
        World.Commit("2026-02-06T10:00:00+00:00", "main edit", ("notes/a.md", A1 + "From main.\n"));
        World.Merge("2026-03-01T10:00:00+00:00", "merge both", "f", ("notes/a.md", A3));

        Expect(Read(World.Tips().Head, ["notes/a.md"]), "notes/a.md",
            new("init", VersionKind.Added, "notes/a.md", A1, "2026-02-01T09:00:00+00:00"),
            new("f edit", VersionKind.Modified, "notes/a.md", A1 + "From the branch.\n", "2026-02-05T10:00:00+00:00"),
            new("main edit", VersionKind.Modified, "notes/a.md", A1 + "From main.\n", "2026-02-06T10:00:00+00:00"),
            new("merge both", VersionKind.Modified, "notes/a.md", A3, "2026-03-01T10:00:00+00:00"));
    }

    [Fact]
    public void MergeInProgress_ReadsTheMergedBranchThroughItsSecondTip()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "init", ("README.md", "roadmap\n"));
        World.Branch("f");
        World.Commit("2026-02-05T10:00:00+00:00", "b on f", ("notes/b.md", B1));
        World.Switch("main");
        World.Commit("2026-02-06T10:00:00+00:00", "other on main", ("o.txt", "o\n"));
        World.StartMerge("f");

        Expect(Read(World.Tips().Merging, ["notes/b.md"]), "notes/b.md",
            new Seen("b on f", VersionKind.Added, "notes/b.md", B1, "2026-02-05T10:00:00+00:00"));
        Expect(Read(World.Tips().Head, ["notes/b.md"]), "notes/b.md");
    }

    [Fact]
    public void ShallowCut_MarksWhatHistoryStartsWithAtTheCut()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "a", ("notes/a.md", A1));
        World.Commit("2026-02-02T09:00:00+00:00", "a more", ("notes/a.md", A2));
        World.Commit("2026-02-03T09:00:00+00:00", "b", ("notes/b.md", B1));
        World.CutAt("a more");

        var timelines = Read(World.Tips().Head, ["notes/a.md", "notes/b.md"]);

        Expect(timelines, "notes/a.md", new Seen("a more", VersionKind.Added, "notes/a.md", A2, "2026-02-02T09:00:00+00:00", AtCut: true));
        Expect(timelines, "notes/b.md", new Seen("b", VersionKind.Added, "notes/b.md", B1, "2026-02-03T09:00:00+00:00"));
    }

    [Fact]
    public void CommitAtHalfPastOneWithOffset_KeepsTheAuthorsOwnOffsetAndDay()
    {
        World.Commit("2026-02-10T01:30:00+03:00", "late", ("notes/a.md", A1));

        var version = Read(World.Tips().Head, ["notes/a.md"])["notes/a.md"].Single();

        Assert.Equal(TimeSpan.FromHours(3), version.AuthorDate.Offset);
        Assert.Equal(new DateOnly(2026, 2, 10), version.Day);
    }

    [Fact]
    public void RebasedBranch_HasTheNewCommitsWithTheirAuthorDates()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "init", ("notes/a.md", A1));
        World.Branch("f");
        World.Commit("2026-02-05T10:00:00+00:00", "f edit", ("notes/a.md", A2));
        var before = World.CommitOf("f edit");
        World.Switch("main");
        World.Commit("2026-02-06T10:00:00+00:00", "other on main", ("o.txt", "o\n"));
        World.Switch("f");
        World.Rebase("main", "2026-03-01T10:00:00+00:00");

        Expect(Read(World.Tips().Head, ["notes/a.md"]), "notes/a.md",
            new("init", VersionKind.Added, "notes/a.md", A1, "2026-02-01T09:00:00+00:00"),
            new("f edit", VersionKind.Modified, "notes/a.md", A2, "2026-02-05T10:00:00+00:00"));
        Assert.NotEqual(before, World.CommitOf("f edit"));
    }

    [Fact]
    public void PartialClone_DatesEveryVersionAndFetchesTheTextsItLacks()
    {
        World.Commit("2026-02-10T10:00:00+00:00", "a start", ("notes/a.md", A1));
        World.Commit("2026-02-12T10:00:00+00:00", "a done", ("notes/a.md", A2));
        World.Commit("2026-02-13T10:00:00+00:00", "roadmap", ("README.md", "roadmap\n"));
        World.PartialClone();

        Expect(Read(World.Tips().Head, ["notes/a.md"]), "notes/a.md",
            new("a start", VersionKind.Added, "notes/a.md", A1, "2026-02-10T10:00:00+00:00"),
            new("a done", VersionKind.Modified, "notes/a.md", A2, "2026-02-12T10:00:00+00:00"));
    }

    [Fact]
    public void AmendingHead_ReadsHistoryFromHeadsParents()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "a", ("notes/a.md", A1));
        World.Commit("2026-02-02T09:00:00+00:00", "a more", ("notes/a.md", A2));

        Expect(Read(World.Tips().Amending, ["notes/a.md"]), "notes/a.md",
            new Seen("a", VersionKind.Added, "notes/a.md", A1, "2026-02-01T09:00:00+00:00"));
    }

    [Fact]
    public void RoadmapFile_IsNotFollowedThroughARename()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", "roadmap one\n"));
        World.Commit("2026-02-02T09:00:00+00:00", "roadmap edit", ("README.md", "roadmap two\n"));
        World.Move("2026-02-03T09:00:00+00:00", "roadmap renamed", "README.md", "ROADMAP.md");

        var timelines = Read(World.Tips().Head, [], ["ROADMAP.md", "README.md"]);

        Expect(timelines, "ROADMAP.md", new Seen("roadmap renamed", VersionKind.Added, "ROADMAP.md", "roadmap two\n", "2026-02-03T09:00:00+00:00"));
        Expect(timelines, "README.md",
            new("roadmap", VersionKind.Added, "README.md", "roadmap one\n", "2026-02-01T09:00:00+00:00"),
            new("roadmap edit", VersionKind.Modified, "README.md", "roadmap two\n", "2026-02-02T09:00:00+00:00"),
            new("roadmap renamed", VersionKind.Deleted, "README.md", null, "2026-02-03T09:00:00+00:00"));
    }

    [Fact]
    public void NoteAtTheTopOfTheTree_IsReadOnItsOwn()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "intro", ("intro.md", A1), ("other.md", B1));
        World.Commit("2026-02-02T09:00:00+00:00", "other only", ("other.md", B1 + "More.\n"));
        World.Commit("2026-02-03T09:00:00+00:00", "intro more", ("intro.md", A2));

        Expect(Read(World.Tips().Head, ["intro.md"]), "intro.md",
            new("intro", VersionKind.Added, "intro.md", A1, "2026-02-01T09:00:00+00:00"),
            new("intro more", VersionKind.Modified, "intro.md", A2, "2026-02-03T09:00:00+00:00"));
    }

    [Fact]
    public void NoTips_NoHistory()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "a", ("notes/a.md", A1));

        Expect(Read([], ["notes/a.md"], ["README.md"]), "notes/a.md");
    }

    [Fact]
    public void BlobThatCannotBeHad_IsAnErrorNeverEmptyText()
    {
        World.Commit("2026-02-01T09:00:00+00:00", "a", ("notes/a.md", A1));

        var reader = World.Reader();

        Assert.Throws<HistoryReadException>(() => reader.ReadText(GitBlob.IdOf("never committed")));
    }

    private protected abstract HistoryWorld CreateWorld();

    private IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> Read(IReadOnlyList<string> tips, string[] notes, string[]? files = null)
    {
        var reader = World.Reader();
        _reader = reader;
        return reader.ReadTimelines(new HistoryQuery(tips, notes, files ?? [], id => !reader.ReadText(id).StartsWith("stub", StringComparison.Ordinal)));
    }

    private void Expect(IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> timelines, string path, params Seen[] expected)
    {
        var messages = expected.Select(e => e.Message).Distinct().ToDictionary(World.CommitOf, m => m);
        var actual = timelines[path];
        Assert.Equal(
            expected.Select(e => (e.Message, e.Kind, e.Path, Blob: e.Content is null ? null : GitBlob.IdOf(e.Content), Date(e.Date), e.AtCut)),
            actual.Select(v => (messages.GetValueOrDefault(v.CommitId, v.CommitId), v.Kind, v.Path, Blob: v.BlobId, (v.AuthorDate, v.AuthorDate.Offset), v.AtCut)));
        Assert.All(actual.Zip(actual.Skip(1)), pair => Assert.True(
            pair.First.Sequence < pair.Second.Sequence || pair.First.CommitId == pair.Second.CommitId, "versions in history order"));
        foreach (var (version, seen) in actual.Zip(expected).Where(p => p.Second.Content is not null))
        {
            Assert.Equal(seen.Content, _reader!.ReadText(version.BlobId!));
        }
    }

    private static (DateTimeOffset, TimeSpan) Date(string text)
    {
        var date = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        return (date, date.Offset);
    }

    private sealed record Seen(string Message, VersionKind Kind, string Path, string? Content, string Date, bool AtCut = false);
}
