using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.Update;

/// <summary>A <c>.git-blame-ignore-revs</c>-style list: one commit id (full or abbreviated) per line, <c>#</c> comments.</summary>
internal static class IgnoreRevs
{
    public static Func<string, bool> Read(WorkTree workTree, string path)
    {
        if (workTree.Read(path, "ignore-revs file") is not { } bytes)
        {
            return _ => false;
        }

        var ids = System.Text.Encoding.UTF8.GetString(bytes).Split('\n')
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length >= 7 && l.All(Uri.IsHexDigit))
            .Select(l => l.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
        var lengths = ids.Select(id => id.Length).Distinct().ToList();
        return commit => lengths.Any(length => commit.Length >= length && ids.Contains(commit[..length].ToLowerInvariant()));
    }
}
