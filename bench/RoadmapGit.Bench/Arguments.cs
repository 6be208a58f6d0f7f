using System.Globalization;
using RoadmapGit.Bench.Generation;

namespace RoadmapGit.Bench;

/// <summary>Options as <c>--name value</c> and <c>--flag</c>, and at most one positional argument.</summary>
internal sealed class Arguments(IReadOnlyList<string> args)
{
    private readonly HashSet<int> _used = [];

    public bool Flag(string name)
    {
        var index = IndexOf(name);
        return index >= 0;
    }

    public string? Text(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            return null;
        }

        if (index + 1 >= args.Count)
        {
            throw new ArgumentException($"{name} needs a value");
        }

        _used.Add(index + 1);
        return args[index + 1];
    }

    public int? Number(string name) => Text(name) is { } text
        ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : throw new ArgumentException($"{name}: '{text}' is not a number")
        : null;

    public RepositorySize? Size(string name) => Text(name) is { } text
        ? RepositorySize.TryParse(text, out var size) ? size : throw new ArgumentException($"{name}: '{text}' is not S, M, L or COMMITSxNOTES")
        : null;

    public string? Positional()
    {
        var left = Enumerable.Range(0, args.Count).Where(i => !_used.Contains(i)).ToList();
        return left.Count switch
        {
            0 => null,
            1 when !args[left[0]].StartsWith("--", StringComparison.Ordinal) => Take(left[0]),
            _ => throw new ArgumentException($"unexpected argument '{args[left[0]]}'"),
        };
    }

    private string Take(int index)
    {
        _used.Add(index);
        return args[index];
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name && !_used.Contains(i))
            {
                _used.Add(i);
                return i;
            }
        }

        return -1;
    }
}
