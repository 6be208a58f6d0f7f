using System.Globalization;
using System.Text.Json;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Config;

/// <summary>
/// Reads <c>.roadmap-git.json</c>. A syntax error, an unknown key or a wrong type is one
/// <see cref="ConfigException"/> that names the key and its line (see <see cref="ConfigErrors"/>).
/// </summary>
public static class ConfigLoader
{
    private static readonly string[] TopKeys =
    [
        "$schema", "roadmaps", "notes", "completion", "dateFormat", "placeholder", "labels", "stubWords",
        "template", "strict", "forecastWindowDays", "forecast", "ignoreRevsFile", "overallLabels",
    ];

    private static readonly string[] LabelKeys = ["notStarted", "inProgress", "completed", "skipped"];

    private static readonly string[] OverallLabelKeys = ["status", "start", "finish"];

    /// <summary>
    /// Every key the file may hold, nested ones as <c>labels.completed</c>; any other is unknown.
    /// The schema (<see cref="ConfigSchema"/>) lists the same keys, and a test holds the two together.
    /// </summary>
    public static IReadOnlyList<string> AllKeys { get; } =
    [
        .. TopKeys,
        .. LabelKeys.Select(k => "labels." + k),
        .. OverallLabelKeys.Select(k => "overallLabels." + k),
    ];

    public static RoadmapConfig Load(string repositoryRoot)
    {
        var bytes = new WorkTree(repositoryRoot).Read(RoadmapConfig.FileName, "configuration file");
        return bytes is null ? RoadmapConfig.Default : Parse(System.Text.Encoding.UTF8.GetString(bytes));
    }

    public static RoadmapConfig Parse(string json)
    {
        json = json.TrimStart('\uFEFF');
        var text = ConfigText.Read(json);
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw ConfigErrors.NotAnObject(1);
        }

        var root = new ConfigValue(text, "", document.RootElement);
        var config = RoadmapConfig.Default;
        foreach (var property in document.RootElement.EnumerateObject())
        {
            config = Apply(config, root.Child(property));
        }

        return config;
    }

    private static RoadmapConfig Apply(RoadmapConfig config, ConfigValue value) => value.Key switch
    {
        "$schema" => config,
        "roadmaps" => config with { Roadmaps = value.Strings().Select(Plain).ToList() },
        "notes" => config with { Notes = value.Text() },
        "completion" => config with { Completion = Completion(value) },
        "dateFormat" => config with { DateFormat = DateFormat(value) },
        "placeholder" => config with { Placeholder = value.CellText(allowEmpty: true) },
        "labels" => Labels(config, value),
        "stubWords" => config with { StubWords = value.Number(0, 10_000) },
        "template" => config with { Template = value.Text() },
        "strict" => config with { Strict = value.Bool() },
        "forecastWindowDays" => config with { ForecastWindowDays = value.Number(1, 3650) },
        "forecast" => config with { Forecast = Forecast(value) },
        "ignoreRevsFile" => config with { IgnoreRevsFile = value.Text() },
        "overallLabels" => OverallLabelsOf(config, value),
        _ => throw ConfigErrors.UnknownKey(value.Line, value.Key, Suggestions.Closest(value.Key, TopKeys)),
    };

    private static CompletionMode Completion(ConfigValue value) => value.Text() switch
    {
        "marked" => CompletionMode.Marked,
        "written" => CompletionMode.Written,
        _ => throw ConfigErrors.UnknownCompletion(value.Line, value.Shown),
    };

    private static ForecastScope Forecast(ConfigValue value) => value.Text() switch
    {
        "started" => ForecastScope.Started,
        "all" => ForecastScope.All,
        "none" => ForecastScope.None,
        _ => throw ConfigErrors.UnknownForecast(value.Line, value.Shown),
    };

    private static RoadmapConfig Labels(RoadmapConfig config, ConfigValue labels)
    {
        foreach (var property in labels.Object())
        {
            var label = labels.Child(property);
            config = property.Name switch
            {
                "notStarted" => config with { NotStartedLabel = label.CellText() },
                "inProgress" => config with { InProgressLabel = label.CellText() },
                "completed" => config with { CompletedLabel = label.CellText() },
                "skipped" => config with { SkippedLabel = label.CellText() },
                _ => throw Unknown(label, labels.Key, LabelKeys),
            };
        }

        return config;
    }

    /// <summary>
    /// A roadmap's path as git names it: links in the roadmap are read from its folder, and
    /// <c>./README.md</c> would otherwise put every note under a folder named <c>.</c>. A path that
    /// names nothing, is rooted or climbs out is kept as written, for the work tree to refuse.
    /// </summary>
    private static string Plain(string path) =>
        !path.StartsWith('/') && PathSegments.TryResolve([], path, out var segments) && segments.Count > 0 ? string.Join('/', segments) : path;

    private static RoadmapConfig OverallLabelsOf(RoadmapConfig config, ConfigValue overall)
    {
        var labels = config.OverallLabels;
        foreach (var property in overall.Object())
        {
            var entry = overall.Child(property);
            labels = property.Name switch
            {
                "status" => labels with { Status = entry.Strings() },
                "start" => labels with { Start = entry.Strings() },
                "finish" => labels with { Finish = entry.Strings() },
                _ => throw Unknown(entry, overall.Key, OverallLabelKeys),
            };
        }

        return config with { OverallLabels = labels };
    }

    private static string DateFormat(ConfigValue value)
    {
        var format = value.Text();
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
            throw ConfigErrors.DateFormatDoesNotReadBack(value.Line, format);
        }

        return format;
    }

    private static ConfigException Unknown(ConfigValue value, string parent, string[] known)
    {
        var name = value.Key[(parent.Length + 1)..];
        var suggestion = Suggestions.Closest(name, known);
        return ConfigErrors.UnknownKey(value.Line, value.Key, suggestion is null ? null : parent + "." + suggestion);
    }
}
