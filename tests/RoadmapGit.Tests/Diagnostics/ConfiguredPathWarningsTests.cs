using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Diagnostics;

/// <summary>
/// A mistyped template or ignore file changes what the notes are read to say, so every run warns
/// about it, not only <c>doctor</c>; a notes folder not written yet is no mistake on every commit.
/// </summary>
public sealed class ConfiguredPathWarningsTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void MistypedTemplateAndIgnoreFile_AreWarnedAboutByEveryRun()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Roadmaps.Small), ("notes/_template.md", "# Title\n\n## Summary\n"),
            (".roadmap-git.json", "{ \"template\": \"notes/_templte.md\", \"ignoreRevsFile\": \".git-blame-ignore\" }"));

        var (code, _, error) = InProcessTool.RunIn(_repo.Root, "update", "--dry-run");

        Assert.Equal(0, code);
        Golden.AssertMatches("warnings/configured-path-missing.txt", error);
    }

    [Fact]
    public void NotesFolderNotWrittenYet_IsNoWarningForARun_ButDoctorNamesIt()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Roadmaps.Small), (".roadmap-git.json", "{ \"notes\": \"docs/notes\" }"));

        Assert.Empty(Roadmaps.Plan(_repo).Diagnostics);
        Assert.Contains("'notes' names docs/notes, which does not exist", InProcessTool.RunIn(_repo.Root, "doctor").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_NamesAMissingTemplateOnce()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap",
            ("README.md", Roadmaps.Small), (".roadmap-git.json", "{ \"template\": \"notes/_templte.md\" }"));

        var output = InProcessTool.RunIn(_repo.Root, "doctor").Output;

        Assert.Single(output.Split('\n'), l => l.Contains("notes/_templte.md", StringComparison.Ordinal));
        Assert.Contains("✓ other findings", output, StringComparison.Ordinal);
    }
}
