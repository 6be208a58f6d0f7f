using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RoadmapGit.Core.Config;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Conventions;

/// <summary>The config's JSON schema, the loader and the README say the same about every key.</summary>
public sealed class ConfigSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryRoot.Path, "schema", "roadmap-git.schema.json");
    private static readonly JsonObject SchemaNode = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(SchemaPath));

    [Fact]
    public void ReadmeConfigurationExample_IsValidAgainstTheSchema()
    {
        var result = Validate(ReadmeExample());

        Assert.True(result.IsValid, Describe(result));
    }

    [Fact]
    public void ReadmeConfigurationExample_SetsEveryKey()
    {
        using var example = JsonDocument.Parse(ReadmeExample());

        Assert.Equal(Sorted(ConfigLoader.AllKeys), Sorted(KeysOf(example.RootElement, string.Empty)));
    }

    [Fact]
    public void SchemaAndLoader_AgreeOnTheKeys()
    {
        Assert.Equal(Sorted(ConfigLoader.AllKeys), Sorted(SchemaKeys(SchemaNode, string.Empty).Select(k => k.Key)));
    }

    [Fact]
    public void EverySchemaExampleAndDefault_IsAcceptedByTheLoaderAndTheSchema()
    {
        var samples = SchemaKeys(SchemaNode, string.Empty)
            .Where(k => k.Schema["properties"] is null)
            .SelectMany(k => Samples(k.Schema).Select(v => (k.Key, Value: v)))
            .ToList();

        Assert.Equal(Sorted(ConfigLoader.AllKeys.Where(k => k is not ("labels" or "overallLabels"))), Sorted(samples.Select(s => s.Key).Distinct()));
        foreach (var (key, value) in samples)
        {
            var json = Wrap(key, value);
            Assert.True(Validate(json).IsValid, json);
            _ = ConfigLoader.Parse(json);
        }
    }

    [Fact]
    public void SchemaEnums_AreTheValuesTheLoaderAccepts()
    {
        var enums = SchemaKeys(SchemaNode, string.Empty).Where(k => k.Schema["enum"] is not null).ToList();

        Assert.Equal(["completion", "forecast"], enums.Select(e => e.Key));
        foreach (var (key, schema) in enums)
        {
            foreach (var value in schema["enum"]!.AsArray())
            {
                _ = ConfigLoader.Parse(Wrap(key, value!));
            }

            AssertBothReject(Wrap(key, JsonValue.Create("no-such-value")));
        }
    }

    [Fact]
    public void SchemaBounds_AreTheLoadersBounds()
    {
        var bounded = SchemaKeys(SchemaNode, string.Empty).Where(k => k.Schema["minimum"] is not null).ToList();

        Assert.Equal(["stubWords", "forecastWindowDays"], bounded.Select(b => b.Key));
        foreach (var (key, schema) in bounded)
        {
            var (minimum, maximum) = (schema["minimum"]!.GetValue<int>(), schema["maximum"]!.GetValue<int>());
            foreach (var inside in new[] { minimum, maximum })
            {
                Assert.True(Validate(Wrap(key, JsonValue.Create(inside))).IsValid);
                _ = ConfigLoader.Parse(Wrap(key, JsonValue.Create(inside)));
            }

            AssertBothReject(Wrap(key, JsonValue.Create(minimum - 1)));
            AssertBothReject(Wrap(key, JsonValue.Create(maximum + 1)));
        }
    }

    [Theory]
    [InlineData("{ \"completoin\": \"written\" }")]
    [InlineData("{ \"labels\": { \"done\": \"x\" } }")]
    [InlineData("{ \"overallLabels\": { \"end\": [\"ETA\"] } }")]
    [InlineData("{ \"roadmaps\": [] }")]
    [InlineData("{ \"roadmaps\": [\"\"] }")]
    [InlineData("{ \"roadmaps\": \"README.md\" }")]
    [InlineData("{ \"notes\": \"\" }")]
    [InlineData("{ \"strict\": \"yes\" }")]
    [InlineData("{ \"stubWords\": \"five\" }")]
    [InlineData("{ \"labels\": { \"completed\": \"\" } }")]
    [InlineData("{ \"overallLabels\": { \"status\": [] } }")]
    [InlineData("[ \"README.md\" ]")]
    public void WhatTheLoaderRejects_TheSchemaRejects(string json) => AssertBothReject(json);

    [Fact]
    public void EveryKey_HasADescription()
    {
        Assert.All(SchemaKeys(SchemaNode, string.Empty), k => Assert.False(string.IsNullOrWhiteSpace(k.Schema["description"]?.GetValue<string>()), k.Key));
    }

    [Fact]
    public void SchemaInsideTheTool_IsTheRepositorysSchema()
    {
        Assert.Equal(File.ReadAllBytes(SchemaPath), ConfigSchema.Bytes());
    }

    private static void AssertBothReject(string json)
    {
        Assert.False(Validate(json).IsValid, json);
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse(json));
    }

    private static EvaluationResults Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static string ReadmeExample()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        return readme.Split("## Configuration")[1].Split("```json\n")[1].Split("```")[0];
    }

    /// <summary>Every key the schema describes, nested ones as <c>labels.completed</c>, with its subschema.</summary>
    private static IEnumerable<(string Key, JsonObject Schema)> SchemaKeys(JsonObject schema, string prefix)
    {
        foreach (var (name, node) in schema["properties"]?.AsObject() ?? [])
        {
            var key = prefix + name;
            yield return (key, node!.AsObject());
            foreach (var nested in SchemaKeys(node.AsObject(), key + "."))
            {
                yield return nested;
            }
        }
    }

    private static IEnumerable<string> KeysOf(JsonElement element, string prefix)
    {
        foreach (var property in element.EnumerateObject())
        {
            yield return prefix + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var nested in KeysOf(property.Value, prefix + property.Name + "."))
                {
                    yield return nested;
                }
            }
        }
    }

    private static IEnumerable<JsonNode> Samples(JsonObject schema)
    {
        if (schema["default"] is { } value)
        {
            yield return value.DeepClone();
        }

        foreach (var example in schema["examples"]?.AsArray() ?? [])
        {
            yield return example!.DeepClone();
        }
    }

    /// <summary>A config that sets one key, nested keys inside their object.</summary>
    private static string Wrap(string key, JsonNode value)
    {
        var parts = key.Split('.');
        var node = parts.Length == 1 ? value : new JsonObject { [parts[1]] = value.DeepClone() };
        return new JsonObject { [parts[0]] = node.DeepClone() }.ToJsonString();
    }

    private static List<string> Sorted(IEnumerable<string> keys) => keys.Order(StringComparer.Ordinal).ToList();
}
