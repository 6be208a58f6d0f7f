using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Init;

/// <summary>The completion mode a repository's history fits, and the evidence that decided it.</summary>
/// <param name="Notes">Notes with real content in history.</param>
/// <param name="OneSitting">Notes whose real content came in one commit that also marked their row Completed by hand.</param>
/// <param name="Grew">Notes whose real content grew over several commits.</param>
/// <param name="Example">The note that shows the deciding habit best: the first written in one sitting, or the one that grew over the most commits.</param>
/// <param name="ExampleCommits">How many commits gave <paramref name="Example"/> its content.</param>
public sealed record ModeProposal(CompletionMode Mode, ModeReason Reason, int Notes, int OneSitting, int Grew, string? Example, int ExampleCommits);
