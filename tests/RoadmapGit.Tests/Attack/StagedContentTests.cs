using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// What the learner staged or left out of the work tree survives the hook: <c>git commit
/// &lt;paths&gt;</c> keeps the roadmap lines staged before it, and a sparse checkout keeps the
/// roadmap outside its cone.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StagedContentTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void CommitWithPaths_KeepsWhatWasStagedInTheRoadmap()
    {
        tool.InstallHook(_repo);
        _repo.Write("README.md", AttackRepo.Roadmap + "Draft X\n");
        _repo.Git("add", "README.md");
        _repo.Write("README.md", AttackRepo.Roadmap + "Draft Y\n");
        _repo.Write("notes/a.md", "# A\n" + AttackRepo.Real);

        _repo.GitAt("2026-02-10T10:00:00+00:00", "commit", "-q", "notes/a.md", "-m", "A");

        var committed = _repo.Git("show", "HEAD:README.md");
        Assert.Equal(["🟡 In Progress", "10.02.2026", "xx.xx.xx"], AttackRepo.RowA(committed)[..3]);
        Assert.DoesNotContain("Draft", committed, StringComparison.Ordinal);
        var staged = _repo.Git("show", ":README.md");
        Assert.Contains("Draft X", staged, StringComparison.Ordinal);
        Assert.Equal(["🟡 In Progress", "10.02.2026", "xx.xx.xx"], AttackRepo.RowA(staged)[..3]);
        var working = _repo.Read("README.md");
        Assert.Contains("Draft Y", working, StringComparison.Ordinal);
        Assert.Equal(["🟡 In Progress", "10.02.2026", "xx.xx.xx"], AttackRepo.RowA(working)[..3]);
    }

    [Fact]
    public void WorkingRoadmapNowAFolder_TheCommitGoesOnWithNothingOfTheHooksStaged()
    {
        // The hook cannot bring a folder along: it says the commit goes on without a roadmap
        // update, and so it must, not with the rewritten roadmap committed and its record left out.
        tool.InstallHook(_repo);
        var before = _repo.Git("show", "HEAD:README.md");
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        File.Delete(_repo.Full("README.md"));
        Directory.CreateDirectory(_repo.Full("README.md"));
        _repo.Write("README.md/inside.md", "# A folder now\n");

        var (code, _, error) = _repo.TryRun("2026-02-10T10:00:00+00:00", null, "commit", "-q", "-m", "A");

        AssertNothingOfTheHooksCommitted(code, error, "is not a file", before);
    }

    [Fact]
    public void RecordCannotBeStored_TheCommitGoesOnWithNothingOfTheHooksStaged()
    {
        // git's store takes the rewritten roadmap but not its record, as a disk that fills up
        // between the two would: the commit must not take the roadmap without the record that
        // says whose its cells are. A rehearsal on a clone names the record's blob beforehand.
        using var rehearsal = _repo.Clone("rehearsal");
        tool.InstallHook(rehearsal);
        rehearsal.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        rehearsal.GitAt("2026-02-10T10:00:00+00:00", "commit", "-q", "-m", "A");
        var roadmapId = rehearsal.Git("rev-parse", "HEAD:README.md").Trim();
        var recordId = rehearsal.Git("rev-parse", "HEAD:.roadmap-git.cells").Trim();
        Assert.NotEqual(roadmapId[..2], recordId[..2]);

        tool.InstallHook(_repo);
        var before = _repo.Git("show", "HEAD:README.md");
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);
        BlockStoreOf(_repo, recordId);

        var (code, _, error) = _repo.TryRun("2026-02-10T10:00:00+00:00", null, "commit", "-q", "-m", "A");

        AssertNothingOfTheHooksCommitted(code, error, "could not be staged", before);
    }

    [Fact]
    public void RealIndexCopyCannotBeStored_NeitherIndexTakesTheUpdate()
    {
        // With `git commit <paths>` the real index is brought along too. When git's store cannot
        // take its copy, nothing of either index is written before it fails: the commit goes on
        // with neither roadmap nor record. A rehearsal on a clone names the blobs beforehand.
        using var rehearsal = _repo.Clone("rehearsal");
        StageDraftAndWriteNote(rehearsal);
        tool.InstallHook(rehearsal);
        rehearsal.GitAt("2026-02-10T10:00:00+00:00", "commit", "-q", "-m", "A", "notes/a.md");
        var realIndexId = rehearsal.Git("rev-parse", ":README.md").Trim();
        Assert.NotEqual(realIndexId[..2], rehearsal.Git("rev-parse", "HEAD:README.md")[..2]);
        Assert.NotEqual(realIndexId[..2], rehearsal.Git("rev-parse", "HEAD:.roadmap-git.cells")[..2]);

        tool.InstallHook(_repo);
        var before = _repo.Git("show", "HEAD:README.md");
        StageDraftAndWriteNote(_repo);
        BlockStoreOf(_repo, realIndexId);

        var (code, _, error) = _repo.TryRun("2026-02-10T10:00:00+00:00", null, "commit", "-q", "-m", "A", "notes/a.md");

        AssertNothingOfTheHooksCommitted(code, error, "could not be staged", before);
        Assert.Contains("Draft X", _repo.Git("show", ":README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void RealIndexCannotBeWritten_TheCommitTakesTheWholeUpdateAndTheHookSaysWhatLagged()
    {
        // While git commits paths it holds the real index as index.lock, which the hook brings
        // along; a stale lock on that file stops the hook once the commit's index holds the
        // update. The commit has the roadmap with its record, and the hook says what lagged.
        tool.InstallHook(_repo);
        StageDraftAndWriteNote(_repo);
        File.WriteAllText(_repo.Full(Path.Combine(".git", "index.lock.lock")), string.Empty);

        var (code, _, error) = _repo.TryRun("2026-02-10T10:00:00+00:00", null, "commit", "-q", "-m", "A", "notes/a.md");

        Assert.Equal(0, code);
        Assert.Contains("the commit takes the roadmap update, but its copies outside the commit were left as they were", error, StringComparison.Ordinal);
        Assert.DoesNotContain("without a roadmap update", error, StringComparison.Ordinal);
        Assert.Equal(["🟡 In Progress", "10.02.2026", "xx.xx.xx"], AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[..3]);
        Assert.Equal(
            [".roadmap-git.cells", "README.md", "notes/a.md"],
            _repo.Git("show", "--name-only", "--format=", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    /// <summary>git's store cannot take a new blob whose id starts as <paramref name="blobId"/> does: its object folder is a file.</summary>
    private static void BlockStoreOf(TestRepo repo, string blobId)
    {
        repo.Git("repack", "-adq");
        repo.Git("prune-packed");
        var folder = repo.Full(Path.Combine(".git", "objects", blobId[..2]));
        Assert.False(Directory.Exists(folder));
        File.WriteAllText(folder, "in the way of a blob\n");
    }

    private void AssertNothingOfTheHooksCommitted(int code, string error, string problem, string roadmapBefore)
    {
        Assert.Equal(0, code);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains("the commit goes on without a roadmap update", error, StringComparison.Ordinal);
        Assert.Equal(roadmapBefore, _repo.Git("show", "HEAD:README.md"));
        Assert.Equal(["notes/a.md"], _repo.Git("show", "--name-only", "--format=", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static void StageDraftAndWriteNote(TestRepo repo)
    {
        repo.Write("README.md", AttackRepo.Roadmap + "Draft X\n");
        repo.Git("add", "README.md");
        repo.Write("notes/a.md", "# A\n" + AttackRepo.Real);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("all")]
    [InlineData("paths")]
    public void SparseCheckout_TheRoadmapOutsideTheConeStaysOutside(string how)
    {
        tool.InstallHook(_repo);
        _repo.Git("sparse-checkout", "set", "--no-cone", "/notes/");
        Assert.False(File.Exists(_repo.Full("README.md")));
        _repo.Write("notes/a.md", "# A\n" + AttackRepo.Real);
        string[] commit = how switch
        {
            "plain" => ["commit", "-q", "-m", "A"],
            "all" => ["commit", "-q", "-a", "-m", "A"],
            _ => ["commit", "-q", "-m", "A", "notes/a.md"],
        };
        if (how == "plain")
        {
            _repo.Git("add", "notes/a.md");
        }

        _repo.GitAt("2026-02-10T10:00:00+00:00", commit);

        Assert.Equal(["🟡 In Progress", "10.02.2026"], AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[..2]);
        Assert.Contains("S README.md\n", _repo.Git("ls-files", "-t", "README.md"), StringComparison.Ordinal);
        Assert.False(File.Exists(_repo.Full("README.md")));
        Assert.DoesNotContain("README.md", _repo.Git("status", "--porcelain"), StringComparison.Ordinal);
    }
}
