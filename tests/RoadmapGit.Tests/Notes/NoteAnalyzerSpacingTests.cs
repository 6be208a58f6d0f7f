using System.Text.RegularExpressions;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Tests.Notes;

/// <summary>
/// White space is found by hand, not by regex, on every version of every note: it must be the same
/// set a regex's <c>\s</c> is, or the fingerprints kept in the readings cache would stop matching.
/// </summary>
public sealed class NoteAnalyzerSpacingTests
{
    /// <summary>Every kind of space and break .NET knows, between letters, digits, marks and emoji.</summary>
    private static readonly string[] Pieces =
    [
        " ", "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\u00A0", "\u1680", "\u2000", "\u2007", "\u200B", "\u2028", "\u2029",
        "\u202F", "\u205F", "\u3000", "\uFEFF", "word", "42", "-", "**", "✅", "日本", "é", "\U0001F600", "[x]", "#",
    ];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void WithoutWhiteSpace_IsWhatARegexLeaves(int seed)
    {
        var text = Text(seed);

        Assert.Equal(Regex.Replace(text, @"\s+", string.Empty), NoteAnalyzer.WithoutWhitespace(text));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Words_AreRunsBetweenSpacesWithALetterOrDigit(int seed)
    {
        var text = Text(seed);
        var expected = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Trim().Length > 0 && !Regex.IsMatch(l, @"^\s{0,3}#{1,6}(\s|$)") && !Regex.IsMatch(l, @"^\s*(?:[-*+]|\d+[.)])\s*(?:\[[ xX]\])?\s*$")
                && !Regex.IsMatch(l, @"^\s{0,3}([-*_=])(\s*\1){2,}\s*$"))
            .Sum(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)));

        Assert.Equal(expected, NoteAnalyzer.Analyze(text, NoteRules.Default).Words);
    }

    [Fact]
    public void TextWithoutWhiteSpace_ComesBackAsItIs()
    {
        const string text = "no-space-at-all";

        Assert.Same(text, NoteAnalyzer.WithoutWhitespace(text));
    }

    private static string Text(int seed)
    {
        var random = new Random(seed);
        return string.Concat(Enumerable.Range(0, random.Next(0, 400)).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }
}
