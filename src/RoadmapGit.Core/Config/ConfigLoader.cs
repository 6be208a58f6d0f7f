using System.Globalization;
using System.Text.Json;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Config;

/// <summary>Reads <c>.roadmap-git.json</c>; an unknown key or a wrong type is an error that names the key.</summary>
public static class ConfigLoader
{
    /// <summary>
    /// Every key the file may hold, nested ones as <c>labels.completed</c>; any other is unknown.
    /// The schema (<see cref="ConfigSchema"/>) lists the same keys, and a test holds the two together.
    /// </summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "$schema", "roadmaps", "notes", "completion", "dateFormat", "placeholder",
        "labels", "labels.notStarted", "labels.inProgress", "labels.completed", "labels.skipped",
        "stubWords", "template", "strict", "forecastWindowDays", "forecast", "ignoreRevsFile",
        "overallLabels", "overallLabels.status", "overallLabels.start", "overallLabels.finish",
    ];

    public static RoadmapConfig Load(string repositoryRoot)
    {
        var bytes = new WorkTree(repositoryRoot).Read(RoadmapConfig.FileName, "configuration file");
        return bytes is null ? RoadmapConfig.Default : Parse(System.Text.Encoding.UTF8.GetString(bytes));
    }

    public static RoadmapConfig Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{RoadmapConfig.FileName} is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException($"{RoadmapConfig.FileName} must hold a JSON object");
            }

            var config = RoadmapConfig.Default;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                config = Apply(config, property);
            }

            return config;
        }
    }

    private static RoadmapConfig Apply(RoadmapConfig config, JsonProperty property)
    {
        Known(property.Name);
        return property.Name switch
        {
            "$schema" => config,
            "roadmaps" => config with { Roadmaps = Strings(property, minimum: 1) },
            "notes" => config with { Notes = Text(property) },
            "completion" => config with { Completion = Completion(property) },
            "dateFormat" => config with { DateFormat = DateFormat(property) },
            "placeholder" => config with { Placeholder = Text(property, allowEmpty: true) },
            "labels" => Labels(config, property),
            "stubWords" => config with { StubWords = Number(property, 0, 10_000) },
            "template" => config with { Template = Text(property) },
            "strict" => config with { Strict = Bool(property) },
            "forecastWindowDays" => config with { ForecastWindowDays = Number(property, 1, 3650) },
            "forecast" => config with { Forecast = Forecast(property) },
            "ignoreRevsFile" => config with { IgnoreRevsFile = Text(property) },
            "overallLabels" => OverallLabelsOf(config, property),
            _ => throw new ConfigException($"{RoadmapConfig.FileName}: unknown key '{property.Name}'"),
        };

        static CompletionMode Completion(JsonProperty p) => Text(p) switch
        {
            "marked" => CompletionMode.Marked,
            "written" => CompletionMode.Written,
            var other => throw new ConfigException($"{RoadmapConfig.FileName}: 'completion' must be \"marked\" or \"written\", not \"{other}\""),
        };

        static ForecastScope Forecast(JsonProperty p) => Text(p) switch
        {
            "started" => ForecastScope.Started,
            "all" => ForecastScope.All,
            "none" => ForecastScope.None,
            var other => throw new ConfigException($"{RoadmapConfig.FileName}: 'forecast' must be \"started\", \"all\" or \"none\", not \"{other}\""),
        };
    }

    private static RoadmapConfig Labels(RoadmapConfig config, JsonProperty property)
    {
        Expect(property, JsonValueKind.Object, "an object");
        foreach (var label in property.Value.EnumerateObject())
        {
            Known("labels." + label.Name);
            config = label.Name switch
            {
                "notStarted" => config with { NotStartedLabel = Text(label, "labels.notStarted") },
                "inProgress" => config with { InProgressLabel = Text(label, "labels.inProgress") },
                "completed" => config with { CompletedLabel = Text(label, "labels.completed") },
                "skipped" => config with { SkippedLabel = Text(label, "labels.skipped") },
                _ => throw new ConfigException($"{RoadmapConfig.FileName}: unknown key 'labels.{label.Name}'"),
            };
        }

        return config;
    }

    private static RoadmapConfig OverallLabelsOf(RoadmapConfig config, JsonProperty property)
    {
        Expect(property, JsonValueKind.Object, "an object");
        var labels = config.OverallLabels;
        foreach (var entry in property.Value.EnumerateObject())
        {
            Known("overallLabels." + entry.Name);
            labels = entry.Name switch
            {
                "status" => labels with { Status = Strings(entry, 1, "overallLabels.status") },
                "start" => labels with { Start = Strings(entry, 1, "overallLabels.start") },
                "finish" => labels with { Finish = Strings(entry, 1, "overallLabels.finish") },
                _ => throw new ConfigException($"{RoadmapConfig.FileName}: unknown key 'overallLabels.{entry.Name}'"),
            };
        }

        return config with { OverallLabels = labels };
    }

    /// <summary>Only what <see cref="Keys"/> lists is read, so the list is the whole truth about the keys.</summary>
    private static void Known(string key)
    {
        if (!Keys.Contains(key))
        {
            throw new ConfigException($"{RoadmapConfig.FileName}: unknown key '{key}'");
        }
    }

    private static string DateFormat(JsonProperty property)
    {
        var format = Text(property);
        try
        {
            // Two days that differ in day, month and year must both come back as themselves.
            foreach (var day in new[] { new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 2) })
            {
                var written = day.ToString(format, CultureInfo.InvariantCulture);
                if (!DateOnly.TryParseExact(written, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var read) || read != day)
                {
                    throw new FormatException();
                }
            }
        }
        catch (FormatException)
        {
            throw new ConfigException($"{RoadmapConfig.FileName}: 'dateFormat' \"{format}\" is not a date format that reads back (try \"dd.MM.yyyy\" or \"yyyy-MM-dd\")");
        }

        return format;
    }

    private static string Text(JsonProperty property, string? key = null, bool allowEmpty = false)
    {
        Expect(property, JsonValueKind.String, "a string", key);
        var text = property.Value.GetString()!;
        if (!allowEmpty && text.Length == 0)
        {
            throw new ConfigException($"{RoadmapConfig.FileName}: '{key ?? property.Name}' must not be empty");
        }

        return text;
    }

    private static string Text(JsonProperty property, bool allowEmpty) => Text(property, null, allowEmpty);

    private static List<string> Strings(JsonProperty property, int minimum, string? key = null)
    {
        Expect(property, JsonValueKind.Array, "an array of strings", key);
        var items = property.Value.EnumerateArray().ToList();
        if (items.Count < minimum || items.Any(i => i.ValueKind != JsonValueKind.String || i.GetString()!.Length == 0))
        {
            throw new ConfigException($"{RoadmapConfig.FileName}: '{key ?? property.Name}' must be an array of at least {minimum} non-empty string(s)");
        }

        return items.Select(i => i.GetString()!).ToList();
    }

    private static int Number(JsonProperty property, int minimum, int maximum)
    {
        if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var number) || number < minimum || number > maximum)
        {
            throw new ConfigException($"{RoadmapConfig.FileName}: '{property.Name}' must be a whole number from {minimum} to {maximum}");
        }

        return number;
    }

    private static bool Bool(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new ConfigException($"{RoadmapConfig.FileName}: '{property.Name}' must be true or false"),
    };

    private static void Expect(JsonProperty property, JsonValueKind kind, string what, string? key = null)
    {
        if (property.Value.ValueKind != kind)
        {
            throw new ConfigException($"{RoadmapConfig.FileName}: '{key ?? property.Name}' must be {what}");
        }
    }
}
