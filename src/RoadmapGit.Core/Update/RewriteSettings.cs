using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Update;

/// <summary>What a rewrite needs beyond the rows: the as-of day and how forecasts are made.</summary>
/// <param name="AsOf">The day forecasts count from: the newest change of any topic's status.</param>
public sealed record RewriteSettings(DateOnly AsOf, int ForecastWindowDays, ForecastScope Forecast);
