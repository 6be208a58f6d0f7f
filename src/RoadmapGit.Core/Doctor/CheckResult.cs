using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>One check's findings.</summary>
public sealed record CheckResult(string Title, IReadOnlyList<Diagnostic> Findings)
{
    /// <summary>True when nothing needs acting on (notes for information may remain).</summary>
    public bool Healthy => Findings.All(f => f.Severity != Severity.Warning);

    /// <summary>False when the check waited for a problem above it, and so says nothing either way.</summary>
    public bool Checked => !Findings.Any(f => f.Code == Diagnose.NotCheckedCode);
}
