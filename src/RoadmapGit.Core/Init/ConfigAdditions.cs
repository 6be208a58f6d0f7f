using System.Text;
using System.Text.Json;

namespace RoadmapGit.Core.Init;

/// <summary>
/// The config text after <c>init</c>. A new file gets its keys in the order given, two-space
/// indents and a final newline. An existing file keeps every byte the learner wrote (comments,
/// layout, key order, line endings): the keys it lacks are inserted at the top of its object, and
/// a key it has is never touched, whatever its value.
/// </summary>
public static class ConfigAdditions
{
    private const string Indent = "  ";

    /// <param name="existing">The config file's text, already known to be a valid config; null when there is none.</param>
    /// <param name="wanted">Each key with its value as JSON, in the schema's order.</param>
    public static (string Text, IReadOnlyList<string> Added) Apply(string? existing, IReadOnlyList<(string Key, string Json)> wanted)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        if (existing is null)
        {
            var entries = wanted.Select(w => $"{Indent}{Quote(w.Key)}: {w.Json}");
            return ("{\n" + string.Join(",\n", entries) + "\n}\n", wanted.Select(w => w.Key).ToList());
        }

        var present = KeysOf(existing);
        var missing = wanted.Where(w => !present.Contains(w.Key)).ToList();
        if (missing.Count == 0)
        {
            return (existing, []);
        }

        var newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var insert = present.Count == 0
            ? string.Join(",", missing.Select(w => $"{newline}{Indent}{Quote(w.Key)}: {w.Json}")) + newline
            : string.Concat(missing.Select(w => $"{newline}{Indent}{Quote(w.Key)}: {w.Json},"));
        var open = OpeningBrace(existing);
        return (existing[..(open + 1)] + insert + existing[(open + 1)..], missing.Select(w => w.Key).ToList());
    }

    /// <summary>The top-level keys of a config's object.</summary>
    public static IReadOnlySet<string> KeysOf(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The top-level value of a key when it is a string, else null.</summary>
    public static string? StringAt(string json, string key)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>A JSON string: quotes, backslashes and control characters escaped, everything else as it is.</summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>Where the root object opens, past a byte order mark, white space and comments.</summary>
    private static int OpeningBrace(string json)
    {
        var i = 0;
        while (i < json.Length && json[i] != '{')
        {
            if (json[i] == '/' && i + 1 < json.Length && json[i + 1] == '/')
            {
                i = json.IndexOf('\n', i) is var end && end < 0 ? json.Length : end;
            }
            else if (json[i] == '/' && i + 1 < json.Length && json[i + 1] == '*')
            {
                i = json.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end && end < 0 ? json.Length : end + 2;
            }
            else
            {
                i++;
            }
        }

        return i;
    }
}
