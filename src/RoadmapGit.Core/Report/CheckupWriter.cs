using System.Globalization;
using System.Text;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Doctor;

namespace RoadmapGit.Core.Report;

/// <summary><c>doctor</c>'s report for a terminal: each check, ✓, ✗ or – (not run), its findings under it, and how many problems in all.</summary>
public static class CheckupWriter
{
    public static string Write(CheckupReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        foreach (var check in report.Checks)
        {
            // A check that did not run has passed nothing: no tick for it.
            text.Append(!check.Checked ? "– " : check.Healthy ? "✓ " : "✗ ").Append(check.Title).Append('\n');
            foreach (var finding in check.Findings)
            {
                text.Append("    ").Append(Line(finding)).Append('\n');
            }
        }

        text.Append('\n').Append(report.Problems switch
        {
            0 => "No problems found.",
            1 => "1 problem found; its line says how to fix it.",
            var n => string.Create(CultureInfo.InvariantCulture, $"{n} problems found; each line says how to fix it."),
        }).Append('\n');
        return text.ToString();
    }

    /// <summary>What <c>doctor --fix-encoding</c> did, one finding to a line.</summary>
    public static string Write(IEnumerable<Diagnostic> findings) =>
        string.Concat(findings.Select(f => f + "\n"));

    private static string Line(Diagnostic finding) =>
        finding.Severity == Severity.Warning || finding.Code == Diagnose.NotCheckedCode ? finding.ToString() : "info: " + finding;
}
