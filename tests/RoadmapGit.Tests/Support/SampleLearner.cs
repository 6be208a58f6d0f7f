namespace RoadmapGit.Tests.Support;

/// <summary>
/// The learner the sample roadmap comes from: each note is committed together with a hand edit of
/// its row, with dates typed from memory (they study first and commit later, so their dates lead
/// git's by up to a day), and one slip (<c>✅ In Progress</c>).
/// </summary>
internal static class SampleLearner
{
    public const string Blank = "| 🔴 Not Started | xx.xx.xx | xx.xx.xx |";

    /// <summary>Each commit: its date, the note it adds, and the row's cells as typed by hand in the same commit.</summary>
    public static readonly (string Date, string Note, string Topic, string Cells)[] Steps =
    [
        ("2026-02-09T21:00:00+03:00", "notes/01-internet-basics.md", "How does the internet work?", "| ✅ Completed | 09.02.2026 | 09.02.2026 |"),
        ("2026-02-11T22:00:00+03:00", "notes/02-http-protocol.md", "What is HTTP?", "| ✅ In Progress | 10.02.2026 | 10.02.2026 |"),
        ("2026-02-13T20:00:00+03:00", "notes/03-domain-names.md", "What is Domain Name?", "| ✅ Completed | 12.02.2026 | 13.02.2026 |"),
        ("2026-02-16T01:30:00+03:00", "notes/04-hosting-types.md", "What is hosting?", "| ✅ Completed | 15.02.2026 | 15.02.2026 |"),
    ];

    /// <summary>The sample roadmap before any topic was begun.</summary>
    public static string Untouched { get; } = Fixture.Text("backend-roadmap.md")
        .Replace("| ✅ Completed | 09.02.2026 | 09.02.2026 |", Blank, StringComparison.Ordinal)
        .Replace("| ✅ In Progress | 10.02.2026 | 10.02.2026 |", Blank, StringComparison.Ordinal);

    /// <summary>A note with real content and no word about its state.</summary>
    public static string Note(string topic) =>
        $"# {topic}\n\nWhat I read about {topic}, what I tried out, and what I still want to look up.\n";

    /// <summary>Commits the roadmap, then each step: the note and the hand-edited row in one commit.</summary>
    public static void Commit(TestRepo repo)
    {
        var roadmap = Untouched;
        repo.Commit("2026-02-08T20:00:00+03:00", "roadmap", ("README.md", roadmap));
        foreach (var (date, note, topic, cells) in Steps)
        {
            roadmap = roadmap.Replace($"| **{topic}** {Blank}", $"| **{topic}** {cells}", StringComparison.Ordinal);
            repo.Commit(date, topic, (note, Note(topic)), ("README.md", roadmap));
        }
    }
}
