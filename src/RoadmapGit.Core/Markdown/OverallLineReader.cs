using System.Text.RegularExpressions;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>Reads <c>**Label:** value | **Label:** value</c> lines: overall lines and legends.</summary>
internal static partial class OverallLineReader
{
    public static List<(string Label, LabeledValue Value)> ReadFields(string text, int start, int end)
    {
        var fields = new List<(string, LabeledValue)>();
        foreach (var cell in RowSplitter.Split(text, start, end))
        {
            var match = FieldPattern().Match(cell.Text);
            if (!match.Success)
            {
                fields.Add((string.Empty, new LabeledValue(cell.Content, cell.Text)));
                continue;
            }

            var value = match.Groups["value"];
            var valueStart = cell.Content.Start + value.Index;
            fields.Add((ColumnMap.Normalize(match.Groups["label"].Value),
                new LabeledValue(new TextSpan(valueStart, valueStart + value.Length), value.Value)));
        }

        return fields;
    }

    public static bool IsOneOf(string normalizedLabel, IReadOnlyList<string> aliases) =>
        aliases.Any(a => ColumnMap.Normalize(a) == normalizedLabel);

    [GeneratedRegex(@"^(?:\*\*|__)?\s*(?<label>[^*_:|]{1,40}?)\s*(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)|:)\s*(?<value>.*?)\s*$")]
    private static partial Regex FieldPattern();
}
