using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Update;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Diagnostics;

/// <summary>A broken link says what it most likely meant; a note not written yet says nothing; a note no row links is named.</summary>
public sealed class LinkWarningsTests : IDisposable
{
    private const string Table =
        "| Topic | Status | Start Date | Finish Date | Notes |\n" +
        "|-------|--------|------------|-------------|-------|\n";

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void LinkIntoAMistypedFolder_SaysDidYouMeanTheNoteNoRowLinks()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmap("Redis", "./note/34-redis-caching.md")));
        _repo.Commit("2026-02-03T09:00:00+01:00", "redis", ("notes/34-redis-caching.md", Roadmaps.RealContent));

        var warnings = Roadmaps.Plan(_repo).Diagnostics;

        var warning = Assert.Single(warnings);
        Assert.Equal(("missing-note", "README.md", 5), (warning.Code, warning.File, warning.Line));
        Assert.Equal(
            "row 'Redis' links note/34-redis-caching.md, which does not exist; did you mean notes/34-redis-caching.md? " +
            "Change the link to ./notes/34-redis-caching.md",
            warning.Message);
    }

    [Fact]
    public void LinkWithATypo_SaysDidYouMean_AndKeepsTheRowAsWritten()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmap("HTTP caching", "./notes/35-http-cachng.md")));
        _repo.Commit("2026-02-03T09:00:00+01:00", "caching", ("notes/35-http-caching.md", Roadmaps.RealContent));

        var plan = Roadmaps.Plan(_repo);

        Assert.Contains("did you mean notes/35-http-caching.md?", Assert.Single(plan.Diagnostics).Message, StringComparison.Ordinal);
        Assert.False(plan.Files[0].Changed);
    }

    [Fact]
    public void NoteSavedInAMistypedFolder_SaysDidYouMean_AndHowToMoveIt()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmap("Redis", "./notes/34-redis-caching.md")));
        _repo.Commit("2026-02-03T09:00:00+01:00", "redis", ("note/34-redis-caching.md", Roadmaps.RealContent));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.Equal(("missing-note", "README.md", 5), (warning.Code, warning.File, warning.Line));
        Assert.Equal(
            "row 'Redis' links notes/34-redis-caching.md, which does not exist; did you mean note/34-redis-caching.md? " +
            "Move it to notes/34-redis-caching.md, or change the link to ./note/34-redis-caching.md",
            warning.Message);
    }

    [Fact]
    public void MistypedNoteRenamedToTheLinkedName_KeepsItsDates_InTheHookAsInHistory()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmap("HTTP caching", "./notes/35-http-caching.md")));
        _repo.Commit("2026-02-03T09:00:00+01:00", "caching", ("notes/35-http-cachng.md", Roadmaps.RealContent));
        _repo.Git("mv", "notes/35-http-cachng.md", "notes/35-http-caching.md");

        var staged = Roadmaps.Plan(_repo, new PlanRequest(RoadmapSource.Index, DateTimeOffset.Parse("2026-02-05T09:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture)));
        _repo.GitAt("2026-02-05T09:00:00+01:00", "commit", "-q", "--no-verify", "-m", "fix the note's name");
        var committed = Roadmaps.Plan(_repo);

        // The rename is no learning: the topic began with the note, on 03.02, in the hook and in every later run alike.
        Assert.Equal(["🟡 In Progress", "03.02.2026"], Roadmaps.Row(staged.Files.Single().Result.NewText, "HTTP caching")[1..3]);
        Assert.Equal(staged.Files.Single().Result.NewText, committed.Files.Single().Result.NewText);
        Assert.Empty(staged.Diagnostics);
    }

    [Fact]
    public void LinkToANoteNotWrittenYet_StaysQuiet()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-03T09:00:00+01:00", "http", ("notes/http.md", Roadmaps.RealContent));

        Assert.Empty(Roadmaps.Plan(_repo).Diagnostics);
    }

    [Fact]
    public void NearNameWithOtherNumbers_IsAnotherTopic_NotASuggestion()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmap("Git", "./notes/12-git.md")));
        _repo.Commit("2026-02-03T09:00:00+01:00", "gin", ("notes/13-gin.md", Roadmaps.RealContent));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.Equal(("unlinked-note", "notes/13-gin.md"), (warning.Code, warning.File));
    }

    [Fact]
    public void NoteNoRowLinks_IsNamedWithTheFix()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Commit("2026-02-03T09:00:00+01:00", "notes",
            ("notes/http.md", Roadmaps.RealContent), ("notes/cheatsheet.md", Roadmaps.RealContent));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(
            "notes/cheatsheet.md: no roadmap row links this note, so it counts for no topic. " +
            "Link it from its topic's row in README.md, or move it out of notes/",
            warning.ToString());
    }

    [Fact]
    public void TemplateReadmeAndFilesOutsideTheNotesFolder_AreNotNotes()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Roadmaps.Small), ("notes/_template.md", "# Title\n"), ("notes/README.md", "# My notes\n"),
            ("docs/setup.md", Roadmaps.RealContent), ("notes/img/diagram.png", "png"));

        Assert.Empty(Roadmaps.Plan(_repo).Diagnostics);
    }

    [Fact]
    public void NoteNotCommittedYet_IsNoWarningForUpdate_ButTheHookSeesItStaged()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Roadmaps.Small));
        _repo.Write("notes/draft.md", Roadmaps.RealContent);
        Assert.Empty(Roadmaps.Plan(_repo).Diagnostics);

        _repo.Git("add", "notes/draft.md");
        var staged = Roadmaps.Plan(_repo, new PlanRequest(RoadmapSource.Index, DateTimeOffset.Parse("2026-02-03T09:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("notes/draft.md", Assert.Single(staged.Diagnostics).File);
    }

    private static string Roadmap(string topic, string link) =>
        "# Roadmap\n\n" + Table + $"| **{topic}** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [{topic}]({link}) |\n";
}
