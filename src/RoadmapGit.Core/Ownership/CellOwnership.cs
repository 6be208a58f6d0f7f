namespace RoadmapGit.Core.Ownership;

/// <summary>
/// Tells the learner's cells from roadmap-git's: a cell is roadmap-git's while it holds the value
/// the record says roadmap-git wrote there, or nothing yet (empty, the placeholder, the Not
/// Started label: writing one of those hands a cell back). Any other value is the learner's.
/// </summary>
public static class CellOwnership
{
    /// <param name="occurrence">Which of the rows linking the note this one is (0 for the first).</param>
    public static RowHands Claim(string roadmap, string note, int occurrence, RowCells cells, WrittenCells record)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(record);
        return new RowHands(
            StatusHand(roadmap, note, occurrence, cells, record),
            DateHand(roadmap, note, occurrence, CellColumn.Start, cells, record),
            DateHand(roadmap, note, occurrence, CellColumn.Finish, cells, record));
    }

    private static HandCell? StatusHand(string roadmap, string note, int occurrence, RowCells cells, WrittenCells record)
    {
        if (cells.StatusIsBlank || (cells.StatusValue is { } status && record.Wrote(roadmap, note, status, occurrence)))
        {
            return null;
        }

        return new HandCell(CellColumn.Status, cells.Status, cells.StatusValue, null);
    }

    private static HandCell? DateHand(string roadmap, string note, int occurrence, CellColumn column, RowCells cells, WrittenCells record)
    {
        var text = column == CellColumn.Start ? cells.Start : cells.Finish;
        if (cells.DateIsBlank(text))
        {
            return null;
        }

        var day = column == CellColumn.Start ? cells.StartDay : cells.FinishDay;
        return day is { } d && record.Wrote(roadmap, note, column, d, occurrence) ? null : new HandCell(column, text, null, day);
    }
}
