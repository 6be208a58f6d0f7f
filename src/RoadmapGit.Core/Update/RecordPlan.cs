using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Update;

/// <summary>The record of written cells: as read, and as this run leaves it.</summary>
/// <param name="OldText">The record file's text as read, or null when there is none.</param>
public sealed record RecordPlan(string? OldText, WrittenCells Cells)
{
    public string NewText { get; } = WrittenCellsFile.Write(Cells);

    /// <summary>True when the file must be written: its text changes, and it has something to say or exists already.</summary>
    public bool Changed => NewText != OldText && (OldText is not null || Cells.Entries.Any());

    public byte[] NewBytes => System.Text.Encoding.UTF8.GetBytes(NewText);
}
