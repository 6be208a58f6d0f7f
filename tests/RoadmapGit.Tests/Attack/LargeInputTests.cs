using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Inputs whose size once made the work grow with its square: each is read in one pass now. The
/// sizes are those of the attack (a note of 8 MB of <c>&lt;!--</c>, a roadmap of 200,000 rows),
/// which took minutes before; the assertions are on the result, never on time.
/// </summary>
public sealed class LargeInputTests
{
    [Fact]
    public void NoteOfUnclosedComments_IsReadWhole()
    {
        var note = string.Concat(Enumerable.Repeat("<!--", 2_000_000)) + "\nReal words about the topic, written after it all.\n";

        var reading = NoteAnalyzer.Analyze(note, NoteRules.Default);

        Assert.False(reading.IsStub);
        Assert.Equal(9, reading.Words);
    }

    [Fact]
    public void NoteOfManyComments_DropsEachOfThem()
    {
        var note = string.Concat(Enumerable.Repeat("<!-- a hidden remark -->", 200_000)) + "\nfour words stay here\n<!-- and <!-- nested -->\n";

        var reading = NoteAnalyzer.Analyze(note, NoteRules.Default);

        Assert.Equal(4, reading.Words);
    }

    [Fact]
    public void RoadmapOfTwoHundredThousandRows_FindsEveryRowsNote()
    {
        var rows = Enumerable.Range(0, 200_000).Select(i => $"| T{i} | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [T{i}](./notes/t{i}.md) |\n");
        var text = "| Topic | Status | Start Date | Finish Date | Notes |\n|---|---|---|---|---|\n" + string.Concat(rows);

        var document = RoadmapParser.Parse("README.md", text);

        var parsed = document.Rows.ToList();
        Assert.Equal(200_000, parsed.Count);
        Assert.Equal("notes/t0.md", parsed[0].Note!.Path);
        Assert.Equal("notes/t199999.md", parsed[^1].Note!.Path);
        Assert.All(parsed, r => Assert.Equal($"notes/{r.Topic.ToLowerInvariant()}.md", r.Note!.Path));
    }
}
