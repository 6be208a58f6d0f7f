using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Diagnostics;

/// <summary>
/// A roadmap whose rows link courses on the web, not notes, would repeat one warning per row on
/// every commit: past a few rows, the rows of one file without a note are one warning naming their lines.
/// </summary>
public sealed class GroupedWarningsTests : IDisposable
{
    private const string Header =
        "# Courses\n\n" +
        "| Course | Status | Completion Date | Notes |\n" +
        "|--------|--------|-----------------|-------|\n";

    private static readonly string[] Courses = ["CS50", "Nand to Tetris", "OSTEP", "Networking", "Algorithms", "Databases"];

    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void ManyRowsWithoutANote_AreOneWarningNamingTheirLines()
    {
        var rows = Courses.Select(c => $"| [{c}](https://example.org/{c.Replace(' ', '-')}) | In Progress | | |\n");
        var readme = Header + string.Concat(rows.Take(2)) + "| **HTTP** | Not Started | | [HTTP](./notes/http.md) |\n" + string.Concat(rows.Skip(2));
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", readme));

        var warning = Assert.Single(Roadmaps.Plan(_repo).Diagnostics);

        Assert.Equal(
            "README.md: 6 rows have no link to a note inside the repository (lines 5-6, 8-11), so they are left as they are. " +
            "Link each row to its note to have it kept up to date",
            warning.ToString());
    }

    [Fact]
    public void AFewRowsWithoutANote_AreOneWarningEach()
    {
        var readme = Header + "| CS50 | In Progress | | |\n| OSTEP | In Progress | | |\n| Algorithms | Not Started | | |\n";
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", readme));

        var warnings = Roadmaps.Plan(_repo).Diagnostics;

        Assert.Equal([5, 6, 7], warnings.Select(w => w.Line!.Value));
        Assert.All(warnings, w => Assert.Equal("no-note-link", w.Code));
    }
}
