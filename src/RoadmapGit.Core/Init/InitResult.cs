using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Init;

/// <summary>Everything <c>init</c> found and did, for the command line to render.</summary>
/// <param name="RoadmapsConfigured">The roadmaps were listed in the config already, so none were looked for.</param>
/// <param name="AddedKeys">The keys written into the config, in the order written; empty when it already had them all.</param>
/// <param name="Schema">What happened to the schema copy; null when <c>$schema</c> points elsewhere and the copy is not used.</param>
/// <param name="Hook">The hook put in place; null with <c>--no-hook</c>.</param>
/// <param name="PendingCells">Row cells the next update fills by itself (they hold no hand value).</param>
/// <param name="PendingOverall">Overall-line values the next update changes.</param>
public sealed record InitResult(
    IReadOnlyList<string> Roadmaps,
    bool RoadmapsConfigured,
    ModeProposal Proposal,
    CompletionMode Completion,
    ModeSource CompletionSource,
    FileOutcome Config,
    IReadOnlyList<string> AddedKeys,
    FileOutcome? Schema,
    InstalledHook? Hook,
    IReadOnlyList<Disagreement> Disagreements,
    int PendingCells,
    int PendingOverall,
    IReadOnlyList<Diagnostic> Diagnostics);
