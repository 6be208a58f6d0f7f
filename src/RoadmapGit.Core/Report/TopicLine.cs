namespace RoadmapGit.Core.Report;

/// <summary>One topic as the report shows it.</summary>
/// <param name="LastWork">Day of the newest commit that counted as learning, for spotting stale topics.</param>
public sealed record TopicLine(string Title, string Section, string Note, TopicStatus Status, DateOnly? Start, DateOnly? Finish, DateOnly? LastWork);
