namespace RoadmapGit.Core.Markdown;

/// <summary>The label words that mark an overall line and its start and finish values.</summary>
public sealed record OverallLabels(IReadOnlyList<string> Status, IReadOnlyList<string> Start, IReadOnlyList<string> Finish)
{
    public static OverallLabels Default { get; } = new(
        ["Overall Status", "Overall Progress", "Section Status"],
        ["Start", "Started", "Start Date"],
        ["Estimated Finish", "Finish", "Finished", "Finish Date", "ETA", "Estimated Completion", "Target"]);

    /// <summary>What tells these labels from others in a cache's fingerprint: each list with its count, so none runs into the next.</summary>
    public IEnumerable<object> FingerprintParts() =>
        [Status.Count, .. Status, Start.Count, .. Start, Finish.Count, .. Finish];
}
