using RoadmapGit.Core.Files;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Init;

/// <summary>
/// Finds a repository's roadmap files: the markdown files git tracks that hold a roadmap table,
/// the root README.md first, then the others in path order. A file that a roadmap row links as
/// its note is a note, even when it holds a table of its own.
/// </summary>
public static class RoadmapDiscovery
{
    public static IReadOnlyList<string> Find(IEnumerable<string> trackedPaths, WorkTree workTree, OverallLabels labels)
    {
        ArgumentNullException.ThrowIfNull(trackedPaths);
        ArgumentNullException.ThrowIfNull(workTree);
        var found = new List<RoadmapDocument>();
        foreach (var path in trackedPaths.Where(IsMarkdown))
        {
            if (Read(workTree, path) is { } text && text.Contains('|', StringComparison.Ordinal))
            {
                var document = RoadmapParser.Parse(path, text, labels);
                if (document.Tables.Count > 0)
                {
                    found.Add(document);
                }
            }
        }

        var notes = found.SelectMany(d => d.Rows).Where(r => r.Note is not null).Select(r => r.Note!.Path).ToHashSet(StringComparer.Ordinal);
        return found.Select(d => d.Path)
            .Where(path => !notes.Contains(path))
            .OrderBy(path => string.Equals(path, "README.md", StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's text; null for one that is gone from the work tree, not UTF-8, or not a file roadmap-git may read.</summary>
    private static string? Read(WorkTree workTree, string path)
    {
        try
        {
            return workTree.Read(path, "markdown file") is { } bytes && DocumentText.TryDecode(bytes, out var text) ? text.Text : null;
        }
        catch (UsageException)
        {
            // A tracked link that leads out of the work tree, or a file too large to be a roadmap: not one.
            return null;
        }
    }
}
