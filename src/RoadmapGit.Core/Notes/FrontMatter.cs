namespace RoadmapGit.Core.Notes;

/// <summary>The top-level <c>key: value</c> pairs of a YAML front-matter block, and the body after it.</summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, string Body)
{
    public static FrontMatter Read(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lines = text.TrimStart('\uFEFF').Split('\n');
        if (lines.Length < 2 || lines[0].TrimEnd('\r').TrimEnd() != "---")
        {
            return new FrontMatter(values, text);
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.TrimEnd() is "---" or "...")
            {
                return new FrontMatter(values, string.Join('\n', lines.Skip(i + 1)));
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !char.IsWhiteSpace(line[0]))
            {
                values.TryAdd(line[..colon].Trim(), Unquote(StripComment(line[(colon + 1)..]).Trim()));
            }
        }

        // No closing fence: not front matter after all.
        return new FrontMatter(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), text);
    }

    private static string StripComment(string value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash] : value;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
