using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// A row whose note is not there keeps its cells and says so, naming where the note went;
/// a row whose note is simply not written yet stays quiet.
/// </summary>
public sealed class MissingNoteTests : IDisposable
{
    private const string Finished = "| A | ✅ Completed | 10.02.2026 | 10.02.2026 | [A](./notes/a.md) |";
    private readonly TestRepo _repo = AttackRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void RenameMadeWithoutTheHook_KeepsTheCellsAndNamesTheNewName()
    {
        _repo.Commit("2026-02-10T10:00:00+00:00", "A", ("notes/a.md", Roadmaps.Done + AttackRepo.Real));
        Roadmaps.Update(_repo);
        _repo.Commit("2026-02-10T11:00:00+00:00", "roadmap");
        _repo.Git("mv", "notes/a.md", "notes/intro.md");
        _repo.GitAt("2026-02-12T10:00:00+00:00", "commit", "-q", "--no-verify", "-m", "mv");

        var plan = Roadmaps.Plan(_repo);

        Assert.Equal(["✅ Completed", "10.02.2026", "10.02.2026"], AttackRepo.RowA(plan.Files.Single().Result.NewText)[..3]);
        var warning = Assert.Single(plan.Diagnostics, d => d.Code == "missing-note");
        Assert.Equal("README.md:3", warning.Location);
        Assert.Contains("row 'A'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("renamed to notes/intro.md", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypoInTheLink_KeepsTheCellsAndWarns()
    {
        _repo.Commit("2026-02-10T10:00:00+00:00", "A",
            ("README.md", AttackRepo.Roadmap.Replace("| A | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [A](./notes/a.md) |", Finished.Replace("a.md", "a-typo.md", StringComparison.Ordinal), StringComparison.Ordinal)),
            ("notes/a.md", Roadmaps.Done + AttackRepo.Real));

        var plan = Roadmaps.Plan(_repo);

        Assert.Equal(["✅ Completed", "10.02.2026", "10.02.2026"], AttackRepo.RowA(plan.Files.Single().Result.NewText)[..3]);
        var warning = Assert.Single(plan.Diagnostics, d => d.Code == "missing-note");
        Assert.Contains("notes/a-typo.md, which does not exist", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LinkIntoASubmodule_KeepsTheCellsAndWarns()
    {
        using var library = TestRepo.Create();
        library.Commit("2026-01-05T10:00:00+00:00", "notes", ("a.md", "# A\n" + AttackRepo.Real));
        _repo.Git("-c", "protocol.file.allow=always", "submodule", "add", "-q", library.Root, "library");
        _repo.Commit("2026-02-10T10:00:00+00:00", "library",
            ("README.md", AttackRepo.Roadmap.Replace("| A | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [A](./notes/a.md) |", Finished.Replace("./notes/a.md", "./library/a.md", StringComparison.Ordinal), StringComparison.Ordinal)));

        var plan = Roadmaps.Plan(_repo);

        Assert.True(File.Exists(_repo.Full("library/a.md")));
        Assert.Equal(["✅ Completed", "10.02.2026", "10.02.2026"], AttackRepo.RowA(plan.Files.Single().Result.NewText)[..3]);
        Assert.Single(plan.Diagnostics, d => d.Code == "missing-note" && d.Message.Contains("library/a.md", StringComparison.Ordinal));
    }

    [Fact]
    public void NoteNotWrittenYet_StaysQuiet()
    {
        _repo.Commit("2026-02-10T10:00:00+00:00", "B",
            ("README.md", AttackRepo.Roadmap + "| B | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [B](./notes/b.md) |\n"));

        var plan = Roadmaps.Plan(_repo);

        Assert.False(plan.Files.Single().Changed);
        Assert.DoesNotContain(plan.Diagnostics, d => d.Code == "missing-note");
    }
}
