namespace RoadmapGit.Core.Text;

/// <summary>"Did you mean …?" for a mistyped command, option or config key.</summary>
public static class Suggestions
{
    /// <summary>
    /// The known word closest to <paramref name="typed"/>: the same word in another case first,
    /// then the nearest by edits (a swap of two neighbours is one edit), if it is near enough to
    /// be a slip of the keyboard rather than another word.
    /// </summary>
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var candidates = known.ToList();
        var sameWord = candidates.FirstOrDefault(k => string.Equals(k, typed, StringComparison.OrdinalIgnoreCase));
        if (sameWord is not null)
        {
            return sameWord;
        }

        var allowed = Math.Max(1, Math.Min(3, typed.Length / 3));
        return candidates
            .Select(k => (Word: k, Distance: Distance(typed.ToUpperInvariant(), k.ToUpperInvariant())))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance)
            .Select(c => c.Word)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
