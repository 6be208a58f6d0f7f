using System.Globalization;
using System.Text;

namespace RoadmapGit.Tests.Support;

/// <summary>
/// A long, tangled history made from a seed and fed to <c>git fast-import</c>: notes written as
/// stubs and filled, edited, deleted, renamed in their folder and moved in from drafts; side
/// branches merged back (some changing the same note); the roadmap edited; other files churned;
/// author offsets all round the clock and now and then a committer clock that runs backwards.
/// The same seed gives the same history.
/// </summary>
internal sealed class GeneratedHistory
{
    private readonly Random _random;
    private readonly StringBuilder _stream = new();
    private readonly Dictionary<string, Dictionary<string, string>> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tips = new(StringComparer.Ordinal);
    private int _mark;
    private long _time = 1767261600;
    private int _names;

    private GeneratedHistory(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>Every note path the history ever had.</summary>
    public HashSet<string> NotePaths { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes the history into <paramref name="repo"/>: branch <c>main</c>, and <c>early</c> at about a third of it.</summary>
    public static GeneratedHistory Import(TestRepo repo, int seed, int rounds)
    {
        var history = new GeneratedHistory(seed);
        history._trees["main"] = new(StringComparer.Ordinal);
        history.Commit("main", ("README.md", "roadmap\n"));
        for (var round = 0; round < rounds; round++)
        {
            history.Round(round);
            if (round == rounds / 3)
            {
                history._stream.Append(CultureInfo.InvariantCulture, $"reset refs/heads/early\nfrom :{history._tips["main"]}\n\n");
            }
        }

        var (code, output, error) = repo.TryRunWithInput(history._stream.ToString(), "fast-import", "--quiet");
        Assert.True(code == 0, output + error);
        repo.Git("reset", "-q", "--hard", "main");
        return history;
    }

    private void Round(int round)
    {
        if (round % 4 == 3)
        {
            var side = "side" + round;
            _trees[side] = new(_trees["main"], StringComparer.Ordinal);
            _tips[side] = _tips["main"];
            var forkTree = new Dictionary<string, string>(_trees["main"], StringComparer.Ordinal);
            for (var i = _random.Next(2, 6); i > 0; i--)
            {
                Step(side);
            }

            Step("main");
            Merge("main", side, forkTree);
            return;
        }

        for (var i = _random.Next(3, 8); i > 0; i--)
        {
            Step("main");
        }
    }

    private void Step(string branch)
    {
        var tree = _trees[branch];
        var notes = tree.Keys.Where(p => p.StartsWith("notes/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var drafts = tree.Keys.Where(p => p.StartsWith("drafts/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        switch (_random.Next(10))
        {
            case 0 or 1 when notes.Count < 12:
                var name = $"notes/n{_names++}.md";
                Commit(branch, (name, _random.Next(2) == 0 ? $"stub for {name}\n" : Body(name, 1)));
                break;
            case 2 when notes.Count > 0:
                var edited = Pick(notes);
                Commit(branch, (edited, tree[edited] + Line(edited)), ("README.md", tree["README.md"] + $"row {_mark}\n"));
                break;
            case 3 when notes.Count > 3:
                Commit(branch, (Pick(notes), null));
                break;
            case 4 when notes.Count > 0:
                var from = Pick(notes);
                Rename(branch, from, $"notes/r{_names++}.md");
                break;
            case 5 when drafts.Count > 0:
                Rename(branch, Pick(drafts), $"notes/d{_names++}.md");
                break;
            case 6:
                var draft = $"drafts/x{_names++}.md";
                Commit(branch, (draft, Body(draft, 2)));
                break;
            case 7 when drafts.Count > 0:
                var drafted = Pick(drafts);
                Commit(branch, (drafted, tree[drafted] + Line(drafted)));
                break;
            default:
                if (notes.Count > 0)
                {
                    var note = Pick(notes);
                    Commit(branch, (note, tree[note] + Line(note)));
                }
                else
                {
                    Commit(branch, ($"src/f{_random.Next(5)}.txt", $"churn {_mark}\n"));
                }

                break;
        }
    }

    private void Rename(string branch, string from, string to)
    {
        var tree = _trees[branch];
        var content = tree[from] + Line(to);
        Commit(branch, (from, null), (to, content));
    }

    private void Merge(string into, string side, Dictionary<string, string> fork)
    {
        var ours = _trees[into];
        var theirs = _trees[side];
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in ours.Keys.Union(theirs.Keys).Union(fork.Keys))
        {
            var mine = ours.GetValueOrDefault(path);
            var other = theirs.GetValueOrDefault(path);
            var base0 = fork.GetValueOrDefault(path);
            var merged = mine == other || other == base0 ? mine : mine == base0 ? other : mine + other;
            if (merged is not null)
            {
                result[path] = merged;
            }
        }

        var changes = result.Where(kv => ours.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => (kv.Key, (string?)kv.Value))
            .Concat(ours.Keys.Where(p => !result.ContainsKey(p)).Select(p => (p, (string?)null)))
            .ToArray();
        Commit(into, _tips[side], changes);
    }

    private void Commit(string branch, params (string Path, string? Content)[] files) => Commit(branch, null, files);

    private void Commit(string branch, int? merge, params (string Path, string? Content)[] files)
    {
        var tree = _trees[branch];
        _mark++;
        _time += _random.Next(600, 200_000);
        var committed = _random.Next(25) == 0 ? _time - 400_000 : _time;
        var offset = _random.Next(-12, 14);
        var zone = $"{(offset < 0 ? '-' : '+')}{Math.Abs(offset):00}{(_random.Next(3) == 0 ? 30 : 0):00}";
        _stream.Append(CultureInfo.InvariantCulture, $"commit refs/heads/{branch}\nmark :{_mark}\n");
        _stream.Append(CultureInfo.InvariantCulture, $"author L <l@example.invalid> {_time} {zone}\ncommitter L <l@example.invalid> {committed} {zone}\n");
        _stream.Append(CultureInfo.InvariantCulture, $"data 4\nc{_mark % 100:00}\n");
        if (_tips.TryGetValue(branch, out var parent))
        {
            _stream.Append(CultureInfo.InvariantCulture, $"from :{parent}\n");
        }

        if (merge is { } other)
        {
            _stream.Append(CultureInfo.InvariantCulture, $"merge :{other}\n");
        }

        foreach (var (path, content) in files)
        {
            if (path.StartsWith("notes/", StringComparison.Ordinal))
            {
                NotePaths.Add(path);
            }

            if (content is null)
            {
                tree.Remove(path);
                _stream.Append(CultureInfo.InvariantCulture, $"D {path}\n");
                continue;
            }

            tree[path] = content;
            _stream.Append(CultureInfo.InvariantCulture, $"M 100644 inline {path}\ndata {Encoding.UTF8.GetByteCount(content)}\n{content}\n");
        }

        _stream.Append('\n');
        _tips[branch] = _mark;
    }

    private string Pick(List<string> paths) => paths[_random.Next(paths.Count)];

    private static string Body(string path, int lines) =>
        $"# {path}\n\n" + string.Concat(Enumerable.Range(0, lines).Select(i => $"Line {i} of real words about {path}, long enough to count.\n"));

    private string Line(string path) => $"Another line about {path}, written at mark {_mark}.\n";
}
