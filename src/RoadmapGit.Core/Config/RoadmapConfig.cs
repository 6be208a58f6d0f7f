using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Config;

/// <summary>
/// The settings in <c>.roadmap-git.json</c>. Anything left null is learned from the document
/// (labels, date format, placeholder) or takes its default.
/// </summary>
public sealed record RoadmapConfig
{
    public const string FileName = ".roadmap-git.json";

    public IReadOnlyList<string> Roadmaps { get; init; } = ["README.md"];

    public string Notes { get; init; } = "notes";

    public CompletionMode Completion { get; init; } = CompletionMode.Marked;

    public string? DateFormat { get; init; }

    public string? Placeholder { get; init; }

    public string? NotStartedLabel { get; init; }

    public string? InProgressLabel { get; init; }

    public string? CompletedLabel { get; init; }

    public string? SkippedLabel { get; init; }

    public int StubWords { get; init; } = 5;

    public string? Template { get; init; }

    public bool Strict { get; init; }

    public int ForecastWindowDays { get; init; } = 28;

    public ForecastScope Forecast { get; init; } = ForecastScope.Started;

    public string IgnoreRevsFile { get; init; } = ".git-blame-ignore-revs";

    public OverallLabels OverallLabels { get; init; } = OverallLabels.Default;

    public static RoadmapConfig Default { get; } = new();
}
