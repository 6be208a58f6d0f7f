using System.Text.RegularExpressions;
using RoadmapGit.Bench.Generation;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Bench;

/// <summary>The benchmark's repositories: reproducible, and shaped like a learner's long-lived repository.</summary>
public sealed partial class RepositoryGeneratorTests
{
    [Fact]
    public void SameSeed_GivesTheSameHead_AndAnotherSeedAnother()
    {
        using var folder = TestRepo.Create();
        var size = RepositorySize.Of("tiny", 400, 30);

        var first = RepositoryGenerator.Generate(Path.Combine(folder.Root, "a"), size, 7);
        var again = RepositoryGenerator.Generate(Path.Combine(folder.Root, "b"), size, 7);
        var other = RepositoryGenerator.Generate(Path.Combine(folder.Root, "c"), size, 8);

        Assert.Equal(first.Head, again.Head);
        Assert.NotEqual(first.Head, other.Head);
        Assert.Equal(first.Head, folder.Git("-C", first.Directory, "rev-parse", "HEAD").Trim());
    }

    [Fact]
    public void Generate_WritesALongLivedRoadmapRepository()
    {
        using var folder = TestRepo.Create();
        var repository = RepositoryGenerator.Generate(Path.Combine(folder.Root, "generated"), RepositorySize.Of("shape", 2_000, 100), 1);
        string Git(params string[] args) => folder.Git(["-C", repository.Directory, .. args]);

        Assert.Equal("2000", Git("rev-list", "--count", "HEAD").Trim());
        Assert.True(int.Parse(Git("rev-list", "--merges", "--count", "HEAD"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.InRange(int.Parse(Git(["rev-list", "--count", "HEAD", "--", .. repository.NoteFolders]), System.Globalization.CultureInfo.InvariantCulture), 300, 999);
        Assert.Equal(string.Empty, Git("status", "--porcelain"));

        var readme = File.ReadAllText(Path.Combine(repository.Directory, "README.md"));
        var links = NoteLink().Matches(readme).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(100, links.Distinct().Count());
        var notes = Git(["ls-files", "--", .. repository.NoteFolders]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(notes, note => Assert.Contains(note, links));
        Assert.Contains("| **", readme, StringComparison.Ordinal);
        Assert.Contains("| 🔴 Not Started | xx.xx.xx | xx.xx.xx | [", readme, StringComparison.Ordinal);
        Assert.Contains("**Overall Status:** 🔴 Not Started | **Start:** xx.xx.xx | **Estimated Finish:** xx.xx.xx", readme, StringComparison.Ordinal);

        var texts = notes.Select(n => File.ReadAllText(Path.Combine(repository.Directory, n))).ToList();
        Assert.Contains(texts, t => t.StartsWith("---\nstatus: done\n---\n", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("**Status:** ✅ Completed", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("- [x] ", StringComparison.Ordinal) && !t.Contains("- [ ] ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Revisited: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("## Notes\n\n## Resources\n", StringComparison.Ordinal));
        Assert.NotEmpty(Git(["log", "--diff-filter=R", "-M", "--format=", "--name-only", "--", .. repository.NoteFolders]).Trim());

        var offsets = Git("log", "--format=%ai").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(d => d[^5..]).Distinct().ToList();
        Assert.True(offsets.Count >= 3, string.Join(' ', offsets));
        var years = Git("log", "--format=%ad", "--date=format:%Y").Split('\n', StringSplitOptions.RemoveEmptyEntries).Distinct().Count();
        Assert.True(years >= 2, $"{years} years");
    }

    [GeneratedRegex(@"\]\(\./(notes/[^)]+)\)")]
    private static partial Regex NoteLink();
}
