using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Report;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Doctor;

/// <summary>
/// Slips in the values the learner wrote, which roadmap-git keeps as written and so never mends:
/// a status whose symbol and words disagree (<c>✅ In Progress</c>), a finish date on a topic that
/// is not finished, a finish before the start.
/// </summary>
public sealed class HandValuesCheck : IDoctorCheck
{
    public string Title => "hand-written values";

    public bool NeedsPlan => true;

    public IReadOnlySet<string> Claims { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var file in context.Plan?.Files ?? [])
        {
            var plans = file.Result.Rows.ToDictionary(r => r.Row.Line.LineNumber);
            foreach (var table in file.Result.Document.Tables)
            {
                foreach (var row in table.Rows.Where(r => !r.Shifted))
                {
                    foreach (var slip in Slips(file.Path, table, row, plans.GetValueOrDefault(row.Line.LineNumber), file.Result.Conventions))
                    {
                        yield return slip;
                    }
                }
            }
        }
    }

    /// <summary>A row without a plan (no note) is left as written, so every one of its cells is the learner's.</summary>
    private static IEnumerable<Diagnostic> Slips(string file, RoadmapTable table, RoadmapRow row, RowPlan? plan, DocumentConventions conventions)
    {
        var cells = RowCells.Read(table, row, conventions);
        var line = row.Line.LineNumber + 1;
        if ((plan is null || plan.Values.StatusCell.Kept) && !StatusClassifier.IsConsistent(cells.Status))
        {
            var words = StatusClassifier.ByWords(cells.Status)!.Value;
            var symbol = StatusClassifier.BySymbols(cells.Status)!.Value;
            yield return Diagnose.StatusSymbolSlip(
                file, line, row.Topic, cells.Status, (StatusNames.Words(words), Label(conventions, words)), (StatusNames.Words(symbol), Label(conventions, symbol)));
        }

        var status = plan?.Status ?? cells.StatusValue ?? TopicStatus.NotStarted;
        var startKept = plan is null || plan.Values.StartCell.Kept;
        var finishKept = plan is null || plan.Values.FinishCell.Kept;
        var start = startKept ? cells.StartDay : plan!.Start;
        var finish = finishKept ? cells.FinishDay : plan!.Finish;
        if (finishKept && finish is not null && status is TopicStatus.NotStarted or TopicStatus.InProgress)
        {
            yield return Diagnose.FinishOnUnfinished(
                file, line, row.Topic, cells.Finish, StatusNames.Words(status), Label(conventions, TopicStatus.Completed), conventions.Dates.Placeholder);
        }

        if ((startKept || finishKept) && start is { } from && finish is { } to && to < from)
        {
            yield return Diagnose.FinishBeforeStart(file, line, row.Topic, conventions.Dates.Write(from), conventions.Dates.Write(to));
        }
    }

    /// <summary>The document's label for a state, unless it is itself a slip; then the default one.</summary>
    private static string Label(DocumentConventions conventions, TopicStatus status)
    {
        var label = conventions.Labels.For(status);
        return StatusClassifier.IsConsistent(label) ? label : StatusLabels.Default.For(status);
    }
}
