using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Where the roadmap is when a configured roadmap file holds no roadmap table: the markdown files
/// beside it that hold one. Looked for only then, and only among a bounded number of small files,
/// so a repository full of documents does not slow every commit.
/// </summary>
internal static class RoadmapHolders
{
    private const int MostFiles = 200;
    private const int LargestFile = 1024 * 1024;

    /// <param name="read">The bytes of a file, or null when it cannot be read.</param>
    public static IReadOnlyList<string> Find(
        IEnumerable<string> present, IReadOnlyCollection<string> roadmaps, string notesFolder, Func<string, byte[]?> read, OverallLabels labels)
    {
        var prefix = notesFolder.Trim('/') + "/";
        return present
            .Where(p => NoteFiles.IsMarkdown(p) && !roadmaps.Contains(p) && !p.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal)
            .Take(MostFiles)
            .Where(p => read(p) is { Length: <= LargestFile } bytes
                && DocumentText.TryDecode(bytes, out var text)
                && text.Text.Contains('|', StringComparison.Ordinal)
                && RoadmapParser.Parse(p, text.Text, labels).Tables.Count > 0)
            .ToList();
    }
}
