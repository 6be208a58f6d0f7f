using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Init;

/// <summary>What <c>init</c> is asked to do.</summary>
/// <param name="Mode">The completion mode asked for (<c>--mode</c>); null to take the one history fits.</param>
/// <param name="Hook">The tool the hook should start; null to install no hook (<c>--no-hook</c>).</param>
public sealed record InitRequest(CompletionMode? Mode, ToolCommand? Hook);
