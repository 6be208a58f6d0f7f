using System.Globalization;
using System.Text;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// A file that is not a note (code, tests, docs). Its text is a function of its lines' versions,
/// so an edit changes a few lines and keeps the rest, as real edits do, without storing the text.
/// </summary>
internal sealed class SourceFile(string path, int id, int lines)
{
    private readonly int[] _versions = new int[lines];

    public string Path { get; } = path;

    public void Edit(Prng random)
    {
        for (var i = random.Between(1, 3); i > 0; i--)
        {
            _versions[random.Next(_versions.Length)]++;
        }
    }

    public string Render()
    {
        var text = new StringBuilder();
        var markdown = Path.EndsWith(".md", StringComparison.Ordinal);
        text.Append(markdown ? "# " : "// ").Append(System.IO.Path.GetFileNameWithoutExtension(Path)).Append('\n');
        for (var line = 0; line < _versions.Length; line++)
        {
            var hash = Mix((ulong)id, (ulong)line, (ulong)_versions[line]);
            var word = Words.Prose[(int)(hash % (ulong)Words.Prose.Count)];
            var noun = Words.Nouns[(int)((hash >> 16) % (ulong)Words.Nouns.Count)];
            text.Append(markdown
                ? string.Create(CultureInfo.InvariantCulture, $"The {noun.ToLowerInvariant()} {word} step {hash % 997}.\n")
                : string.Create(CultureInfo.InvariantCulture, $"    public static int {noun}{line}(int {word}) => {word} * {hash % 997} + {_versions[line]};\n"));
        }

        return text.ToString();
    }

    private static ulong Mix(ulong a, ulong b, ulong c) => Prng.Hash((a * 0x9E3779B97F4A7C15UL) ^ (b << 32) ^ c) >> 1;
}
