using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Init;

/// <summary>
/// The hand values history disagrees with: the row cells a rebuild (every hand value forgotten)
/// would change, where the ordinary run keeps the learner's value. Cells the ordinary run fills
/// itself are not disagreements; the next update writes them anyway.
/// </summary>
public static class Disagreements
{
    public static IReadOnlyList<Disagreement> Between(EnginePlan kept, EnginePlan rebuilt)
    {
        ArgumentNullException.ThrowIfNull(kept);
        ArgumentNullException.ThrowIfNull(rebuilt);
        var rows = kept.Files
            .SelectMany(f => f.Result.Rows.Select(r => (f.Path, Line: r.Row.Line.LineNumber + 1, r.Values)))
            .ToDictionary(r => (r.Path, r.Line), r => r.Values);
        var found = new List<Disagreement>();
        foreach (var change in rebuilt.Changes)
        {
            if (Column(change.Cell) is not { } column || !rows.TryGetValue((change.File, change.Line), out var values))
            {
                continue;
            }

            var cell = column switch
            {
                CellColumn.Status => values.StatusCell,
                CellColumn.Start => values.StartCell,
                _ => values.FinishCell,
            };
            if (cell.Source == CellSource.Hand)
            {
                found.Add(new Disagreement(change.File, change.Line, change.Topic, column, change.Old, change.New, cell.Edit));
            }
        }

        return found;
    }

    private static CellColumn? Column(ChangedCell cell) => cell switch
    {
        ChangedCell.Status => CellColumn.Status,
        ChangedCell.Start => CellColumn.Start,
        ChangedCell.Finish => CellColumn.Finish,
        _ => null,
    };
}
