using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.Config;

/// <summary>
/// Paths the configuration names that are not there: a mistyped one would otherwise be passed
/// over without a word, and change what the notes are read to say.
/// </summary>
public static class ConfiguredPaths
{
    /// <summary>The files that change how notes are read (the template, the ignore file): every run warns about them.</summary>
    public static IEnumerable<Diagnostic> MissingInputs(RoadmapConfig config, WorkTree workTree)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Missing(workTree,
            ("template", config.Template, "no note template is used and its lines count as a note's words"),
            ("ignoreRevsFile", config.IgnoreRevsFile == RoadmapConfig.Default.IgnoreRevsFile ? null : config.IgnoreRevsFile, "no commit is skipped as not learning"));
    }

    /// <summary>A notes folder not written yet is no mistake on every commit; <c>doctor</c> names it.</summary>
    public static IEnumerable<Diagnostic> MissingNotesFolder(RoadmapConfig config, WorkTree workTree)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Missing(workTree,
            ("notes", config.Notes == RoadmapConfig.Default.Notes ? null : config.Notes, "notes that no row links cannot be found"));
    }

    private static List<Diagnostic> Missing(WorkTree workTree, params (string Key, string? Path, string Consequence)[] paths) =>
        paths.Where(p => p.Path is not null && !Exists(workTree, p.Path))
            .Select(p => Diagnose.ConfiguredPathMissing(p.Key, p.Path!, RoadmapConfig.FileName, p.Consequence))
            .ToList();

    private static bool Exists(WorkTree workTree, string path)
    {
        try
        {
            var full = workTree.Resolve(path, "configured path");
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (UsageException)
        {
            return false;
        }
    }
}
