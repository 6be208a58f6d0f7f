using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>
/// History reaches back far enough to date every note: a shallow clone or a graft is named even
/// before a date needs what it cut, and dates that reach the cut are listed.
/// </summary>
public sealed class HistoryCheck() : EngineFindingsCheck("history", "shallow-clone", "grafted-history", Diagnose.DateAtCutCode, "dates-out-of-order")
{
    public override bool NeedsPlan => false;

    public override IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var findings = base.Run(context).ToList();
        if (!findings.Any(f => f.Code is "shallow-clone" or "grafted-history"))
        {
            if (context.Repository.IsShallow)
            {
                findings.Insert(0, Diagnose.ShallowHistory());
            }
            else if (context.Repository.CutCommits.Count > 0)
            {
                findings.Insert(0, Diagnose.GraftedHistoryFound());
            }
        }

        return findings;
    }
}
