namespace RoadmapGit.Core.Diagnostics;

/// <summary>
/// Folds findings that say the same of many rows into one. A roadmap whose rows link courses on
/// the web rather than notes would otherwise repeat one line per row on every commit, and bury
/// the one warning that is new.
/// </summary>
public static class DiagnosticGroups
{
    /// <summary>Up to this many rows of one file keep a warning each; more are one warning naming their lines.</summary>
    public const int MostSingleRows = 3;

    public static IReadOnlyList<Diagnostic> Collapse(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var all = diagnostics.ToList();
        var grouped = all
            .Where(d => d.Code == Diagnose.NoNoteLinkCode && d is { File: not null, Line: not null })
            .GroupBy(d => d.File!, StringComparer.Ordinal)
            .Where(g => g.Count() > MostSingleRows)
            .ToDictionary(g => g.Key, g => Diagnose.RowsWithoutNote(g.Key, g.Select(d => d.Line!.Value).Order().ToList()), StringComparer.Ordinal);
        if (grouped.Count == 0)
        {
            return all;
        }

        // The group takes the place of the first of its rows, so the order of findings stays the file's.
        var result = new List<Diagnostic>(all.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in all)
        {
            if (diagnostic.Code != Diagnose.NoNoteLinkCode || diagnostic.File is null || !grouped.TryGetValue(diagnostic.File, out var group))
            {
                result.Add(diagnostic);
            }
            else if (placed.Add(diagnostic.File))
            {
                result.Add(group);
            }
        }

        return result;
    }
}
