namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The values a row ends up with, hand values and inferred ones together; overall lines, the
/// report and forecasts read these.
/// </summary>
/// <param name="StatusSince">The day the topic came to this status (a hand edit's day for a hand status).</param>
public sealed record RowValues(
    TopicStatus Status,
    DateOnly? Start,
    DateOnly? Finish,
    CellValue StatusCell,
    CellValue StartCell,
    CellValue FinishCell,
    DateOnly? StatusSince);
