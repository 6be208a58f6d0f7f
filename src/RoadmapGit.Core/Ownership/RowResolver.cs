using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// Puts a row together from what the notes' history says and what the learner wrote: a hand value
/// always stands, until the note, in a version newer than the hand edit, starts to say something
/// else about where it stands (front matter, a Status line, a task list). A row marked Completed
/// by hand is finished on the day of that edit unless a finish date was written by hand too, and
/// its start stays inferred.
/// </summary>
public static class RowResolver
{
    /// <param name="written">The dates the cells hold now, kept where history is cut.</param>
    public static RowValues Resolve(TopicResult inferred, RowHands hands, (DateOnly? Start, DateOnly? Finish) written)
    {
        ArgumentNullException.ThrowIfNull(inferred);
        ArgumentNullException.ThrowIfNull(hands);
        var status = Released(hands.Status, inferred, said => said != hands.Status?.Status);
        var start = Released(hands.Start, inferred, said => said == TopicStatus.NotStarted);
        var finish = Released(hands.Finish, inferred, said => said != TopicStatus.Completed);

        var finalStatus = status?.Status ?? inferred.Status;
        var statusCell = status is null ? new CellValue(CellSource.Inferred, StatusWhy(inferred)) : Hand(status);
        var (startDay, startCell) = start is not null ? (start.Day, Hand(start))
            : finalStatus == TopicStatus.NotStarted ? (null, new CellValue(CellSource.Inferred, "not started"))
            : Inferred(inferred.Start, written.Start);
        var (finishDay, finishCell) = finish is not null ? (finish.Day, Hand(finish))
            : finalStatus != TopicStatus.Completed ? (null, new CellValue(CellSource.Inferred, "not completed"))
            : status is { Status: TopicStatus.Completed, Edit: { } done } ? DoneMark(done, written.Finish)
            : Inferred(inferred.Finish, written.Finish);

        // A start inferred after a hand-given finish (a note written after the topic was marked done) is no later than it.
        if (startCell.Source == CellSource.Inferred && startDay > finishDay && finishDay is not null)
        {
            (startDay, startCell) = (finishDay, new CellValue(CellSource.Inferred, startCell.Why + ", no later than the finish"));
        }

        var since = status?.Edit is { } edit ? edit.KnownDay : inferred.StatusSince;
        return new RowValues(finalStatus, startDay, finishDay, statusCell, startCell, finishCell, since);
    }

    /// <summary>A row whose note is not there keeps every cell as written; its values are what they say.</summary>
    public static RowValues AsWritten(RowCells cells, string why)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var kept = new CellValue(CellSource.MissingNote, why);
        var status = cells.StatusValue ?? TopicStatus.NotStarted;
        return new RowValues(status, cells.StartDay, status == TopicStatus.Completed ? cells.FinishDay : null, kept, kept, kept, null);
    }

    public static string Describe(HandEdit edit) => edit.CommitId switch
    {
        HandEdit.Staged => "this commit",
        HandEdit.NotCommitted => "the working tree (not committed yet)",
        _ when edit.BeforeCut => $"commit {edit.ShortId} or earlier (before the history cut)",
        _ => $"commit {edit.ShortId} ({edit.Day:yyyy-MM-dd})",
    };

    /// <summary>A row marked Completed by hand is finished on the day of that edit; before a history cut that day is unknown.</summary>
    private static (DateOnly?, CellValue) DoneMark(HandEdit done, DateOnly? written) => done.BeforeCut
        ? (written, new CellValue(CellSource.HistoryCut, $"marked Completed by hand in {Describe(done)}"))
        : (done.Day, new CellValue(CellSource.Inferred, $"marked Completed by hand in {Describe(done)}"));

    /// <summary>
    /// The hand cell, unless a note version newer than its edit states anew a state that
    /// <paramref name="contradicts"/> it: "anew" because a note that keeps saying what it said
    /// when the learner wrote the cell (an unchecked task list, say) has told them nothing new.
    /// </summary>
    private static HandCell? Released(HandCell? cell, TopicResult inferred, Func<TopicStatus, bool> contradicts)
    {
        if (cell?.Edit is not { } edit)
        {
            return cell;
        }

        TopicStatus? stated = null;
        TopicStatus? newest = null;
        foreach (var entry in inferred.Timeline)
        {
            var said = entry.IsExplicit && entry.SkipReason is null ? TopicInference.StatusOf(entry.State) : (TopicStatus?)null;
            if (said is not null && said != stated && entry.Version.Sequence > edit.Sequence)
            {
                newest = said;
            }

            if (entry.SkipReason is null)
            {
                stated = said;
            }
        }

        return newest is { } state && contradicts(state) ? null : cell;
    }

    private static CellValue Hand(HandCell cell) =>
        new(CellSource.Hand, cell.Edit is { } edit ? $"written by hand in {Describe(edit)}" : "written by hand", cell.Edit);

    private static (DateOnly?, CellValue) Inferred(InferredDate date, DateOnly? written) => date.IsUnknown
        ? (written, new CellValue(CellSource.HistoryCut, date.Why))
        : (date.Day, new CellValue(CellSource.Inferred, date.Why));

    private static string StatusWhy(TopicResult inferred) =>
        inferred.Timeline.Count == 0 ? "no note yet" : "from the newest version of the note";
}
