using System.Text;

namespace RoadmapGit.Core.Text;

/// <summary>Rows of plain text in columns padded to the widest cell, emoji counting two columns wide, as a terminal shows them.</summary>
public static class TextTable
{
    private const int Gap = 2;

    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(r => DisplayWidth.Of(r[i]))).ToArray();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            for (var i = 0; i < row.Count; i++)
            {
                text.Append(row[i]);
                if (i < row.Count - 1)
                {
                    text.Append(' ', widths[i] - DisplayWidth.Of(row[i]) + Gap);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
