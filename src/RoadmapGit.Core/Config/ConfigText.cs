using System.Text;
using System.Text.Json;

namespace RoadmapGit.Core.Config;

/// <summary>
/// The config file checked for JSON syntax, with the line each key is written on, so that every
/// error can point at its line. A syntax error becomes one plain sentence, never parser text.
/// </summary>
internal sealed class ConfigText
{
    internal static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, int> _lines;

    private ConfigText(Dictionary<string, int> lines) => _lines = lines;

    /// <summary>The 1-based line a key (<c>labels.completed</c>) is written on.</summary>
    public int LineOf(string key) => _lines.TryGetValue(key, out var line) ? line : 1;

    public static ConfigText Read(string json)
    {
        if (json.Trim().Length == 0)
        {
            throw ConfigErrors.Empty();
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        var containers = new Stack<string>();
        var lastKey = "";
        var rootClosed = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        lastKey = (containers.Count > 0 && containers.Peek().Length > 0 ? containers.Peek() + "." : "") + reader.GetString();
                        lines.TryAdd(lastKey, LineAt(bytes, (int)reader.TokenStartIndex));
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        containers.Push(reader.CurrentDepth == 0 ? "" : lastKey);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.Pop();
                        break;
                }

                rootClosed = reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray);
            }
        }
        catch (JsonException e)
        {
            throw Describe(bytes, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0), rootClosed);
        }

        return new ConfigText(lines);
    }

    private static ConfigException Describe(byte[] bytes, int lineIndex, int column, bool rootClosed)
    {
        var line = lineIndex + 1;
        var offset = Math.Min(LineStart(bytes, lineIndex) + column, bytes.Length);
        if (rootClosed)
        {
            return ConfigErrors.TextAfterTheEnd(line);
        }

        var end = Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(bytes).TrimEnd());
        if (offset >= end)
        {
            // Reported on the last line that has text, not on the empty line after it.
            return ConfigErrors.EndsTooEarly(LineAt(bytes, end));
        }

        var before = PreviousNonSpace(bytes, offset);
        var at = (char)bytes[offset];
        if (before is '{' or ',' && (char.IsAsciiLetter(at) || at is '\'' or '_'))
        {
            return ConfigErrors.UnquotedKey(line, Word(bytes, offset));
        }

        if (at == '"' && (before is '"' or '}' or ']' or 'e' or 'l' || char.IsAsciiDigit(before)))
        {
            return ConfigErrors.MissingComma(line);
        }

        var text = LineText(bytes, lineIndex);
        return ConfigErrors.NotJson(line, text.Length > 40 ? text[..40] + "…" : text);
    }

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

    private static int LineStart(byte[] bytes, int lineIndex)
    {
        var offset = 0;
        for (var i = 0; i < lineIndex; i++)
        {
            offset = Array.IndexOf(bytes, (byte)'\n', offset) + 1;
        }

        return offset;
    }

    private static string LineText(byte[] bytes, int lineIndex)
    {
        var start = LineStart(bytes, lineIndex);
        var end = Array.IndexOf(bytes, (byte)'\n', start);
        return Encoding.UTF8.GetString(bytes, start, (end < 0 ? bytes.Length : end) - start).Trim();
    }

    private static char PreviousNonSpace(byte[] bytes, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace((char)bytes[i]))
            {
                return (char)bytes[i];
            }
        }

        return '\0';
    }

    private static string Word(byte[] bytes, int offset)
    {
        var end = offset;
        while (end < bytes.Length && bytes[end] is not ((byte)':' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)'}'))
        {
            end++;
        }

        return Encoding.UTF8.GetString(bytes, offset, end - offset).Trim('\'');
    }
}
