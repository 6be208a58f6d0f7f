using System.Text.Json;

namespace RoadmapGit.Core.Config;

/// <summary>One value of the config file with its key and line: typed reads that fail as one plain error.</summary>
internal readonly record struct ConfigValue(ConfigText Source, string Key, JsonElement Value)
{
    public int Line => Source.LineOf(Key);

    /// <summary>A key inside this value's object (<c>labels.completed</c>).</summary>
    public ConfigValue Child(JsonProperty property) => new(Source, Key.Length == 0 ? property.Name : Key + "." + property.Name, property.Value);

    public string Text(bool allowEmpty = false)
    {
        if (Value.ValueKind != JsonValueKind.String)
        {
            throw ConfigErrors.NotText(Line, Key, Shown);
        }

        var text = Value.GetString()!;
        return allowEmpty || text.Length > 0 ? text : throw ConfigErrors.EmptyText(Line, Key);
    }

    /// <summary>Text written into a table cell: a pipe or a line break in it would split the row.</summary>
    public string CellText(bool allowEmpty = false)
    {
        var text = Text(allowEmpty);
        return text.IndexOfAny(['|', '\n', '\r']) < 0 ? text : throw ConfigErrors.BreaksTheTable(Line, Key);
    }

    public List<string> Strings()
    {
        if (Value.ValueKind != JsonValueKind.Array
            || Value.GetArrayLength() == 0
            || Value.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String || i.GetString()!.Length == 0))
        {
            throw ConfigErrors.NotAList(Line, Key, Shown);
        }

        return Value.EnumerateArray().Select(i => i.GetString()!).ToList();
    }

    public int Number(int minimum, int maximum) =>
        Value.ValueKind == JsonValueKind.Number && Value.TryGetInt32(out var number) && number >= minimum && number <= maximum
            ? number
            : throw ConfigErrors.NotANumber(Line, Key, Shown, minimum, maximum);

    public bool Bool() => Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw ConfigErrors.NotTrueOrFalse(Line, Key, Shown),
    };

    public JsonElement.ObjectEnumerator Object() =>
        Value.ValueKind == JsonValueKind.Object ? Value.EnumerateObject() : throw ConfigErrors.NotAnObject(Line, Key, Shown);

    /// <summary>The value as written, cut short so the error stays one line.</summary>
    public string Shown
    {
        get
        {
            var raw = Value.GetRawText().ReplaceLineEndings(" ");
            return raw.Length > 30 ? raw[..30] + "…" : raw;
        }
    }
}
