using System.Globalization;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// The rest of a long-lived repository: code and tests under <c>src/</c> and <c>tests/</c>,
/// documentation under <c>docs/</c>, growing now and then.
/// </summary>
internal sealed class SourceTree
{
    private readonly List<SourceFile> _code = [];
    private readonly List<SourceFile> _docs = [];
    private int _created;

    public SourceTree(int commits, Prng random)
    {
        var count = Math.Clamp(commits / 25, 30, 4000);
        for (var i = 0; i < count; i++)
        {
            Add(random, docs: i % 10 == 0);
        }
    }

    public IEnumerable<SourceFile> All => _code.Concat(_docs);

    /// <summary>Edits one to three code files, sometimes a new one.</summary>
    public IReadOnlyList<SourceFile> EditCode(Prng random) => Edit(_code, random, docs: false);

    /// <summary>Edits documentation only: what a side branch does while the main line edits code.</summary>
    public IReadOnlyList<SourceFile> EditDocs(Prng random) => Edit(_docs, random, docs: true);

    private List<SourceFile> Edit(List<SourceFile> pool, Prng random, bool docs)
    {
        if (random.Chance(0.03))
        {
            return [Add(random, docs)];
        }

        var edited = new List<SourceFile>();
        for (var i = random.Between(1, 3); i > 0; i--)
        {
            var file = random.Pick(pool);
            file.Edit(random);
            if (!edited.Contains(file))
            {
                edited.Add(file);
            }
        }

        return edited;
    }

    private SourceFile Add(Prng random, bool docs)
    {
        var id = _created++;
        var module = Words.Modules[id % Words.Modules.Count];
        var name = random.Pick(Words.Nouns) + id.ToString(CultureInfo.InvariantCulture);
        // About twenty files a folder, as in real code bases; wide folders would make every commit rewrite a big tree.
        var folder = Words.Nouns[id / Words.Modules.Count / 20 % Words.Nouns.Count] + (id / Words.Modules.Count / 20 / Words.Nouns.Count is var round and > 0 ? round.ToString(CultureInfo.InvariantCulture) : string.Empty);
        var path = docs
            ? $"docs/{module.ToLowerInvariant()}/{name.ToLowerInvariant()}.md"
            : random.Chance(0.25) ? $"tests/{module}.Tests/{folder}/{name}Tests.cs" : $"src/{module}/{folder}/{name}.cs";
        var file = new SourceFile(path, id, random.Between(4, 20));
        (docs ? _docs : _code).Add(file);
        return file;
    }
}
