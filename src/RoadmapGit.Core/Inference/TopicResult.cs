namespace RoadmapGit.Core.Inference;

/// <summary>Everything inferred for one note: the values of its row and the timeline behind them.</summary>
public sealed record TopicResult(
    string NotePath,
    TopicStatus Status,
    InferredDate Start,
    InferredDate Finish,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> Warnings);
