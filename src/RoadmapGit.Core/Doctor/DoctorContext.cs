using RoadmapGit.Core.Config;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Doctor;

/// <summary>What every check may read: the repository, the configuration, and one engine run over the working tree.</summary>
/// <param name="Config">The configuration, or the defaults when <paramref name="ConfigError"/> says it could not be read.</param>
/// <param name="Plan">The engine's plan, or null when the configuration or a roadmap file stopped it (<paramref name="PlanError"/>).</param>
public sealed record DoctorContext(
    GitRepository Repository,
    WorkTree WorkTree,
    RoadmapConfig Config,
    ConfigException? ConfigError,
    EnginePlan? Plan,
    UsageException? PlanError)
{
    /// <summary>The engine's findings with one of <paramref name="codes"/>.</summary>
    public IEnumerable<Diagnostics.Diagnostic> Findings(IReadOnlySet<string> codes) =>
        Plan?.Diagnostics.Where(d => codes.Contains(d.Code)) ?? [];
}
