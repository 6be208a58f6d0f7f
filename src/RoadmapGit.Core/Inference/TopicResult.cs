using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Inference;

/// <summary>Everything inferred for one note: the values of its row and the timeline behind them.</summary>
/// <param name="StatusSince">The day the topic came to its present status; null for a note never begun.</param>
public sealed record TopicResult(
    string NotePath,
    TopicStatus Status,
    InferredDate Start,
    InferredDate Finish,
    DateOnly? StatusSince,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<Diagnostic> Diagnostics);
