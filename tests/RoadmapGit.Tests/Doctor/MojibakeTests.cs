using System.Text;
using System.Text.RegularExpressions;
using RoadmapGit.Core.Doctor;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Doctor;

public sealed class MojibakeTests
{
    [Fact]
    public void SharedSample_RepairsToTheOriginal_ExceptTheCharactersTheManglingDestroyed()
    {
        var original = Fixture.Text("backend-roadmap.md").Split('\n');

        var repair = Mojibake.Repair(Fixture.Text("backend-roadmap.mojibake.md"));

        var repaired = repair.Text.Split('\n');
        Assert.Equal("Windows-1254", repair.CodePage);
        Assert.Equal([20, 51, 62, 97, 150, 174, 193, 202, 202, 236], repair.Lost.Select(l => l.Line));
        Assert.Equal(original.Length, repaired.Length);
        for (var i = 0; i < original.Length; i++)
        {
            if (repair.Lost.Any(l => l.Line == i + 1))
            {
                // Each U+FFFD stands for exactly the one character that was lost there.
                var pattern = "^" + string.Join(@"(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF])", repaired[i].Split(Mojibake.Lost).Select(Regex.Escape)) + "$";
                Assert.Matches(pattern, original[i]);
                Assert.NotEqual(original[i], repaired[i]);
            }
            else
            {
                Assert.Equal(original[i], repaired[i]);
            }
        }
    }

    [Fact]
    public void SharedSample_HintsWhatEachLostCharacterWas()
    {
        var repair = Mojibake.Repair(Fixture.Text("backend-roadmap.mojibake.md"));

        Assert.Equal(LostHint.EmojiMark, repair.Lost.Single(l => l.Line == 51).Hint);
        Assert.Equal(LostHint.Emoji, repair.Lost.Single(l => l.Line == 20).Hint);
        Assert.Equal((5, "ğŸ“š", "📚"), repair.First);
    }

    [Fact]
    public void TextReadAsWindows1252_IsRepairedAndNamed()
    {
        const string Text = "| **HTTP** | 🟡 In Progress | — | [Café](./notes/café.md) |\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var mangled = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(Text));

        var repair = Mojibake.Repair(mangled);

        Assert.Equal(Text, repair.Text);
        Assert.Equal("Windows-1252", repair.CodePage);
        Assert.Empty(repair.Lost);
    }

    [Theory]
    [InlineData("Café, naïve, Straße, İstanbul'da ağaç ✅ Completed\n")]
    [InlineData("è« then Â alone\n")]
    public void TextThatIsNotMangled_IsLeftAlone(string text)
    {
        var repair = Mojibake.Repair(text);

        Assert.False(repair.Found);
        Assert.Same(text, repair.Text);
        Assert.Empty(repair.Lost);
    }
}
