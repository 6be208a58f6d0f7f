using System.Text.Json;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Update;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Update;

/// <summary>
/// A roadmap kept by one run and read back by the next is, down to every span and diagnostic,
/// what parsing its text gives; it is used for that very text only, and never past a change of
/// the labels it was parsed with.
/// </summary>
public sealed class ParsedRoadmapCacheTests : IDisposable
{
    /// <summary>What the quirk fixtures do not show: lines before any heading, several tables in a section, nested headings, rows the parser warns of.</summary>
    private const string Hostile = """
        ---
        title: roadmap
        ---
        **Overall Status:** 🟡 In Progress | **Start:** 2026-01-05 | **Estimated Finish:** xx.xx.xx

        ## Basics
        Legend: 🔴 Not Started · 🟡 In Progress · ✅ Completed

        | Topic | Status | Start Date | Finish Date | Notes |
        |:------|:------:|------------|-------------|-------|
        | [HTTP](./notes/http.md) | ✅ Completed | 2026-01-05 | 2026-01-09 | |
        | DNS | 🔴 Not Started | xx.xx.xx | xx.xx.xx | no link |
        | Pipes | a | b \| c | d | e | f |

        ### Deeper
        **Overall Status:** 🔴 Not Started

        | Topic | Status | Start | Finish |
        |---|---|---|---|
        | [TLS](notes/tls.md) | 🔴 Not Started | | |

        ```
        | Topic | Status | Start Date |
        |---|---|---|
        | [Not a row](notes/code.md) | x | y |
        ```

        | Topic | Status | Start | Finish |
        |---|---|---|---|
        | [Sockets](<notes/sock ets.md>) | 🟡 In Progress | 2026-02-01 | |
        """;

    private const string Roadmap = "docs/roadmap.md";

    private static readonly DateTime Written = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-git-tests", "parsed-" + Guid.NewGuid().ToString("N")[..8]);

    private string CachePath => Path.Combine(_folder, "roadmaps.bin");

    public static TheoryData<string> Roadmaps() =>
        [
            "backend-roadmap.md", "backend-roadmap.mojibake.md",
            .. Directory.GetFiles(Fixture.PathOf("quirks"), "*.md").Select(f => "quirks/" + Path.GetFileName(f)).Order(StringComparer.Ordinal),
        ];

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Roadmaps))]
    public void ARoadmapKeptAndReadBack_IsItsParse_SpanForSpan(string fixture) =>
        AssertKeptAsParsed(Fixture.Text(fixture));

    [Fact]
    public void AHostileRoadmapKeptAndReadBack_IsItsParse_SpanForSpan()
    {
        var parsed = AssertKeptAsParsed(Hostile);

        Assert.NotEmpty(parsed.Document.Diagnostics);
        Assert.Equal(3, parsed.Document.Tables.Count);
        Assert.Equal(2, parsed.Document.OverallLines.Count);
    }

    /// <summary>A run that finds its text kept writes nothing: a parse of its own would be written.</summary>
    [Fact]
    public void TheNextRunWithTheSameText_ReadsTheKeptParse_AndLeavesTheFileAsItWas()
    {
        Keep(Hostile);
        File.SetLastWriteTimeUtc(CachePath, Written);

        var again = Cache();
        var parsed = again.Parse(Roadmap, Hostile);
        again.Save();

        Assert.Equal(Describe(Fresh(Hostile)), Describe(parsed));
        Assert.Equal(Written, File.GetLastWriteTimeUtc(CachePath));
    }

    [Fact]
    public void AnotherText_IsParsedAfresh_AndReplacesTheKeptOne()
    {
        Keep(Hostile);
        var changed = Hostile.Replace("✅ Completed", "🟡 In Progress", StringComparison.Ordinal);

        var cache = Cache();
        var parsed = cache.Parse(Roadmap, changed);
        cache.Save();

        Assert.Equal(Describe(Fresh(changed)), Describe(parsed));
        var bytes = File.ReadAllBytes(CachePath);
        var reread = Cache();
        Assert.Equal(Describe(Fresh(Hostile)), Describe(reread.Parse(Roadmap, Hostile)));
        reread.Save();
        Assert.NotEqual(bytes, File.ReadAllBytes(CachePath));
    }

    [Fact]
    public void OtherOverallLabels_DoNotUseTheKeptParse()
    {
        Keep(Hostile);
        var labels = OverallLabels.Default with { Status = ["Section Status"] };

        var parsed = Cache(labels).Parse(Roadmap, Hostile);

        Assert.Empty(parsed.Document.OverallLines);
        Assert.Equal(Describe(Fresh(Hostile, labels)), Describe(parsed));
    }

    /// <summary>A parse names its findings in its build's words: an upgrade parses again.</summary>
    [Fact]
    public void AParseKeptByAnotherBuild_IsNotUsed()
    {
        var older = ParsedRoadmapCache.In(CacheFile(), OverallLabels.Default, "0.1.0+older");
        older.Parse(Roadmap, Hostile);
        older.Save();
        File.SetLastWriteTimeUtc(CachePath, Written);

        var current = Cache();
        current.Parse(Roadmap, Hostile);
        current.Save();

        Assert.NotEqual(Written, File.GetLastWriteTimeUtc(CachePath));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(100)]
    public void AnEntryThatDoesNotFitTheText_IsNoEntry(int cut)
    {
        var text = Fixture.Text("backend-roadmap.md");
        var data = ParsedRoadmapFormat.Encode(Fresh(text));

        Assert.Null(ParsedRoadmapFormat.TryDecode(data, Roadmap, text[..(text.Length / 2)]));
        Assert.Null(ParsedRoadmapFormat.TryDecode(data[..(data.Length - 1 - cut)], Roadmap, text));
        Assert.Null(ParsedRoadmapFormat.TryDecode([.. data, 0], Roadmap, text));
    }

    [Fact]
    public void ADamagedFile_IsNoCache_AndTheTextIsParsedAfresh()
    {
        Keep(Hostile);
        var bytes = File.ReadAllBytes(CachePath);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(CachePath, bytes);

        Assert.Equal(Describe(Fresh(Hostile)), Describe(Cache().Parse(Roadmap, Hostile)));
    }

    private ParsedRoadmap AssertKeptAsParsed(string text)
    {
        Keep(text);
        File.SetLastWriteTimeUtc(CachePath, Written);

        var kept = Cache();
        var parsed = kept.Parse(Roadmap, text);
        kept.Save();

        // Read back, not parsed again: a new parse would be written.
        Assert.Equal(Written, File.GetLastWriteTimeUtc(CachePath));

        Assert.Equal(Describe(Fresh(text)), Describe(parsed));
        Assert.Equal(Describe(Fresh(text)), Describe(ParsedRoadmapFormat.TryDecode(ParsedRoadmapFormat.Encode(Fresh(text)), Roadmap, text)!));
        return parsed;
    }

    private ParsedRoadmapCache Cache(OverallLabels? labels = null) => ParsedRoadmapCache.In(CacheFile(), labels ?? OverallLabels.Default);

    /// <summary>What a run that read <paramref name="text"/> keeps.</summary>
    private void Keep(string text)
    {
        var cache = Cache();
        cache.Parse(Roadmap, text);
        cache.Save();
    }

    private CheckedCacheFile CacheFile() => new(CachePath, ParsedRoadmapCache.Kind, ParsedRoadmapCache.FormatVersion);

    private static ParsedRoadmap Fresh(string text, OverallLabels? labels = null)
    {
        var document = RoadmapParser.Parse(Roadmap, text, labels ?? OverallLabels.Default);
        return new ParsedRoadmap(document, DocumentConventions.Shown(document));
    }

    /// <summary>Every public value of the parse, nested, as JSON: two parses that read the same are the same.</summary>
    private static string Describe(ParsedRoadmap parsed) =>
        JsonSerializer.Serialize(new { parsed.Document.Tables, parsed.Document.OverallLines, parsed.Document.LegendLabels, parsed.Document.Diagnostics, parsed.Shown.Labels, parsed.Shown.Dates, parsed.Shown.Dates.OrderSettled });
}
