using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// The repository the attack scripts start from: a one-row roadmap (topic A, note
/// <c>notes/a.md</c> holding only its heading) committed on 2026-01-01, and the packed tool to
/// run on it.
/// </summary>
internal static class AttackRepo
{
    public const string Roadmap =
        "| Topic | Status | Start Date | Finish Date | Notes |\n" +
        "|---|---|---|---|---|\n" +
        "| A | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [A](./notes/a.md) |\n";

    /// <summary>A few words of real content, so the note is no stub.</summary>
    public const string Real = "Real content about topic A, several words.\n";

    public static TestRepo Create(string roadmap = Roadmap)
    {
        var repo = TestRepo.Create();
        repo.Commit("2026-01-01T10:00:00+00:00", "init", ("README.md", roadmap), ("notes/a.md", "# A\n"));
        return repo;
    }

    /// <summary>The repository after a commit on 2026-02-10 that gives note A real content, which starts topic A.</summary>
    public static TestRepo CreateStarted(string roadmap = Roadmap)
    {
        var repo = Create(roadmap);
        Start(repo);
        return repo;
    }

    public static void Start(TestRepo repo) =>
        repo.Commit("2026-02-10T10:00:00+00:00", "A", ("notes/a.md", "# A\n" + Real));

    /// <summary>The cells of topic A as the file says now: Status, Start, Finish, Notes.</summary>
    public static string[] RowA(string text) => Roadmaps.Row(text, "A")[1..5];
}
