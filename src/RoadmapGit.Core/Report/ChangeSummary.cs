using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Report;

/// <summary>
/// The hook's account of what it did: one line per topic it changed
/// (<c>HTML Fundamentals: ✅ Completed, finished 05.03.2026</c>), nothing when nothing changed.
/// Overall lines follow their rows and are not listed.
/// </summary>
public static class ChangeSummary
{
    public static IReadOnlyList<string> Lines(IEnumerable<CellChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes
            .Where(c => c.Cell is ChangedCell.Status or ChangedCell.Start or ChangedCell.Finish or ChangedCell.Link)
            .GroupBy(c => (c.File, c.Line))
            .Select(g => $"{Topic(g.First().Topic)}: {string.Join(", ", g.OrderBy(c => c.Cell).Select(Describe))}")
            .ToList();
    }

    private static string Describe(CellChange change) => change.Cell switch
    {
        ChangedCell.Status => change.New,
        ChangedCell.Start => change.Day is null ? "no start date" : $"started {change.New}",
        ChangedCell.Finish => change.Day is null ? "no finish date" : $"finished {change.New}",
        _ => $"link follows the note to {change.New}",
    };

    private static string Topic(string topic) => topic.Replace("**", string.Empty, StringComparison.Ordinal).Trim();
}
