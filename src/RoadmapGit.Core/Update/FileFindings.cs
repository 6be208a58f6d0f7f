using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Init;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Update;

/// <summary>
/// What a run finds beside the rows: notes no row links, and a roadmap file with no roadmap table
/// (with the files that hold one, and the configuration to write).
/// </summary>
internal static class FileFindings
{
    /// <summary>Where to look for the roadmap when it is not found: a bound, so a repository full of documents stays quick.</summary>
    private const int MostRoadmapCandidates = 200;

    public static IEnumerable<Diagnostic> For(
        IReadOnlyList<RoadmapDocument> documents, NoteFiles noteFiles, IReadOnlyCollection<string> present, RoadmapConfig config, WorkTree workTree)
    {
        var withTables = documents.Where(d => d.Tables.Count > 0).Select(d => d.Path).ToList();

        // With no table anywhere every note would be unlinked: the missing table says it all.
        if (withTables.Count > 0)
        {
            foreach (var note in noteFiles.Unlinked.Where(n => !noteFiles.Suggested.Contains(n)))
            {
                yield return Diagnose.UnlinkedNote(note, string.Join(" or ", withTables), config.Notes.Trim('/'));
            }
        }

        var empty = documents.Where(d => d.Tables.Count == 0).ToList();
        if (empty.Count == 0)
        {
            yield break;
        }

        var notesFolder = config.Notes.Trim('/') + "/";
        var candidates = present
            .Where(p => !config.Roadmaps.Contains(p) && !p.StartsWith(notesFolder, StringComparison.Ordinal))
            .OrderBy(p => p.Count(c => c == '/')).ThenBy(p => p, StringComparer.Ordinal)
            .Take(MostRoadmapCandidates);
        var holders = RoadmapDiscovery.Find(candidates, workTree, config.OverallLabels);
        var configExists = workTree.Exists(RoadmapConfig.FileName, "configuration file");
        foreach (var document in empty)
        {
            yield return Diagnose.NoRoadmapTable(document.Path, holders, [.. withTables, .. holders], RoadmapConfig.FileName, configExists);
        }
    }
}
