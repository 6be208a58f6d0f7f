using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Report;

/// <summary>One topic as the report shows it.</summary>
/// <param name="LastWork">Day of the newest commit that counted as learning, for spotting stale topics.</param>
/// <param name="HandWritten">The cells the learner wrote, each with the edit it came from.</param>
public sealed record TopicLine(
    string Title, string Section, string Note, TopicStatus Status, DateOnly? Start, DateOnly? Finish, DateOnly? LastWork,
    IReadOnlyList<(CellColumn Cell, HandEdit? Edit)> HandWritten);
