using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>Every check's findings, in the order the checks ran.</summary>
public sealed record CheckupReport(IReadOnlyList<CheckResult> Checks)
{
    public int Problems => Checks.Sum(c => c.Findings.Count(f => f.Severity == Severity.Warning));

    public bool Healthy => Problems == 0;
}
