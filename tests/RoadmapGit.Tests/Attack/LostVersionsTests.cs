using System.Globalization;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Update;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Versions a damaged repository lost (after the history cache was written, or staged and then
/// lost): a run that reads and infers on every processor fails as one that went row by row would,
/// naming the same version each time.
/// </summary>
public sealed class LostVersionsTests : IDisposable
{
    private const int VersionsOfA = 35;
    private const int VersionsOfB = 45;

    private const string Header =
        "| Topic | Status | Start Date | Finish Date | Notes |\n" +
        "|---|---|---|---|---|\n";

    private const string Roadmap = Header +
        "| A | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [A](./notes/a.md) |\n" +
        "| B | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [B](./notes/b.md) |\n";

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void ManyVersionsLost_EveryRunNamesTheFirstVersionALoopWouldMiss()
    {
        _repo.Commit("2026-01-01T10:00:00+00:00", "roadmap", ("README.md", Roadmap));
        var versionsOfB = new List<string>();
        for (var i = 0; i < VersionsOfB; i++)
        {
            var date = new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero).AddDays(i).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
            var commit = i < VersionsOfA
                ? _repo.Commit(date, "both", ("notes/a.md", $"# A\n\n{AttackRepo.Real}Version {i}.\n"), ("notes/b.md", $"# B\n\n{AttackRepo.Real}Version {i}.\n"))
                : _repo.Commit(date, "b", ("notes/b.md", $"# B\n\n{AttackRepo.Real}Version {i}.\n"));
            versionsOfB.Add(_repo.Git("rev-parse", commit + ":notes/b.md").Trim());
        }

        Assert.Equal(0, InProcessTool.RunIn(_repo.Root, "update", "--dry-run").ExitCode);

        // The versions are read in the roadmap's order, A's then B's: B's first lost one comes
        // before the middle, where a second processor starts reading.
        File.Delete(_repo.Full(".git/roadmap-git/readings.bin"));
        foreach (var id in versionsOfB.SkipLast(1))
        {
            File.Delete(_repo.Full(Path.Combine(".git", "objects", id[..2], id[2..])));
        }

        var runs = Enumerable.Range(0, 5).Select(_ => InProcessTool.RunIn(_repo.Root, "update")).ToList();

        Assert.All(runs, run =>
        {
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"roadmap-git: error: the file content {versionsOfB[0]} (a version of a note or of the roadmap) is not in this repository", run.Error, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void StagedVersionsLost_EveryCommitNamesTheFirstLostRowsVersion()
    {
        // Rows whose staged versions are there come first; the lost ones start before the middle,
        // where a second processor starts inferring.
        var notes = Enumerable.Range(0, 40).Select(i => $"notes/n{i:D2}.md").ToList();
        var rows = string.Concat(notes.Select(n => $"| {n} | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [{n}](./{n}) |\n"));
        _repo.Commit("2026-01-01T10:00:00+00:00", "roadmap", [("README.md", Header + rows), .. notes.Select(n => (n, (string?)$"# {n}\n"))]);
        foreach (var note in notes.Take(15))
        {
            _repo.Stage(note, $"# {note}\n\n{AttackRepo.Real}");
        }

        var lost = notes.Skip(15).Select((n, i) => (Note: n, Id: (i + 1).ToString("x40", CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(0, _repo.TryRunWithInput(string.Concat(lost.Select(l => $"100644 {l.Id}\t{l.Note}\n")), "update-index", "--index-info").ExitCode);
        var commit = new PlanRequest(RoadmapSource.Index, DateTimeOffset.Parse("2026-01-05T10:00:00+00:00", CultureInfo.InvariantCulture));

        var failures = Enumerable.Range(0, 5).Select(_ => Assert.Throws<HistoryReadException>(() => Roadmaps.Plan(_repo, commit))).ToList();

        Assert.All(failures, e => Assert.StartsWith($"the file content {lost[0].Id} ", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void LostVersionAndAnIgnoreFileThatIsAFolder_TheLostVersionIsNamed()
    {
        var lost = LoseBsFirstVersion();
        Directory.CreateDirectory(_repo.Full(".git-blame-ignore-revs"));

        var run = InProcessTool.RunIn(_repo.Root, "update", "--dry-run");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"roadmap-git: error: the file content {lost} ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LostOlderVersionOfALaterRowAndALostStagedVersion_TheOlderVersionIsNamed()
    {
        // History's versions are read before what the commit brings, whichever row comes first.
        var lost = LoseBsFirstVersion();
        var staged = 1.ToString("x40", CultureInfo.InvariantCulture);
        Assert.Equal(0, _repo.TryRunWithInput($"100644 {staged}\tnotes/a.md\n", "update-index", "--index-info").ExitCode);
        var commit = new PlanRequest(RoadmapSource.Index, DateTimeOffset.Parse("2026-01-05T10:00:00+00:00", CultureInfo.InvariantCulture));

        var failure = Assert.Throws<HistoryReadException>(() => Roadmaps.Plan(_repo, commit));

        Assert.StartsWith($"the file content {lost} ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowLinkingWhatIsNowAFolder_NeedsNoneOfTheVersionsOfTheFileThatWasThere()
    {
        // A link to a folder names no note: the versions of a file once at that path are never read, so one lost is no error.
        LoseBsFirstVersion();
        _repo.Commit("2026-01-04T10:00:00+00:00", "b is a folder now", ("notes/b.md", null), ("notes/b.md/part.md", $"# Part\n\n{AttackRepo.Real}\n"));

        var run = InProcessTool.RunIn(_repo.Root, "update", "--dry-run");

        Assert.True(run.ExitCode == 0, run.Error);
    }

    /// <summary>A's note and two versions of B's, the first of them lost from the repository: its id.</summary>
    private string LoseBsFirstVersion()
    {
        _repo.Commit("2026-01-01T10:00:00+00:00", "roadmap", ("README.md", Roadmap), ("notes/a.md", $"# A\n\n{AttackRepo.Real}One.\n"));
        var lost = _repo.Git("rev-parse", _repo.Commit("2026-01-02T10:00:00+00:00", "b", ("notes/b.md", $"# B\n\n{AttackRepo.Real}One.\n")) + ":notes/b.md").Trim();
        _repo.Commit("2026-01-03T10:00:00+00:00", "b again", ("notes/b.md", $"# B\n\n{AttackRepo.Real}Two.\n"));
        File.Delete(_repo.Full(Path.Combine(".git", "objects", lost[..2], lost[2..])));
        return lost;
    }
}
