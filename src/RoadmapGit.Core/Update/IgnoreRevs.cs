namespace RoadmapGit.Core.Update;

/// <summary>A <c>.git-blame-ignore-revs</c>-style list: one commit id (full or abbreviated) per line, <c>#</c> comments.</summary>
internal static class IgnoreRevs
{
    public static Func<string, bool> Read(string path)
    {
        if (!File.Exists(path))
        {
            return _ => false;
        }

        var ids = File.ReadLines(path)
            .Select(l => l.Split('#')[0].Trim())
            .Where(l => l.Length >= 7 && l.All(Uri.IsHexDigit))
            .Select(l => l.ToLowerInvariant())
            .ToList();
        return commit => ids.Any(id => commit.StartsWith(id, StringComparison.OrdinalIgnoreCase));
    }
}
