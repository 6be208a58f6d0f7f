using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Tests.Support;

/// <summary>
/// Checks that a rewrite touched only what the tool owns: blank every owned span (Status, Start
/// and Finish cells of linked rows, overall-line values, note link targets) in the text before
/// and after; what remains must be identical.
/// </summary>
internal static class Lossless
{
    public static void AssertOnlyOwnedChanged(string before, string after)
    {
        Assert.Equal(Masked(before), Masked(after));
    }

    private static string Masked(string text)
    {
        var document = RoadmapParser.Parse("README.md", text);
        var spans = new List<TextSpan>();
        foreach (var table in document.Tables)
        {
            foreach (var row in table.Rows.Where(r => r.Note is not null))
            {
                foreach (var column in new int?[] { table.Columns.Status, table.Columns.Start, table.Columns.Finish })
                {
                    if (column is { } index && row.Line.CellAt(index) is { } cell)
                    {
                        spans.Add(cell.Segment);
                    }
                }

                spans.Add(row.Note!.UrlSpan);
            }
        }

        foreach (var overall in document.OverallLines)
        {
            spans.AddRange(new[] { overall.Status, overall.Start, overall.Finish }.OfType<LabeledValue>().Select(v => v.Span));
        }

        return TextEditor.Apply(text, spans.Where(s => s.Length > 0).Select(s => new TextEdit(s, "\u0001")));
    }
}
