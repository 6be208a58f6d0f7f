namespace RoadmapGit.Core.Notes;

/// <summary>
/// The top-level <c>key: value</c> pairs of a YAML front-matter block, the line each stands on
/// (one-based, so a warning can point at it), and the body after the block.
/// </summary>
/// <param name="BodyLine">The one-based line of the file on which <paramref name="Body"/> begins.</param>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, int> Lines, string Body, int BodyLine)
{
    public static FrontMatter Read(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lineNumbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r').TrimEnd() != "---")
        {
            return None(text);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.TrimEnd() is "---" or "...")
            {
                return new FrontMatter(values, lineNumbers, string.Join('\n', lines.Skip(i + 1)), i + 2);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !char.IsWhiteSpace(line[0]))
            {
                var key = line[..colon].Trim();
                if (values.TryAdd(key, Unquote(StripComment(line[(colon + 1)..]).Trim())))
                {
                    lineNumbers[key] = i + 1;
                }
            }
        }

        // No closing fence: not front matter after all.
        return None(text);
    }

    private static FrontMatter None(string text) =>
        new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase), text, 1);

    private static string StripComment(string value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash] : value;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
