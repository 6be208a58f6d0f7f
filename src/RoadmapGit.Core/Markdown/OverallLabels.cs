namespace RoadmapGit.Core.Markdown;

/// <summary>The label words that mark an overall line and its start and finish values.</summary>
public sealed record OverallLabels(IReadOnlyList<string> Status, IReadOnlyList<string> Start, IReadOnlyList<string> Finish)
{
    public static OverallLabels Default { get; } = new(
        ["Overall Status", "Overall Progress", "Section Status"],
        ["Start", "Started", "Start Date"],
        ["Estimated Finish", "Finish", "Finished", "Finish Date", "ETA", "Estimated Completion", "Target"]);
}
