using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>A check that reports what every run of the engine finds, of some kinds: the hook and <c>update</c> warn the same.</summary>
public abstract class EngineFindingsCheck(string title, params string[] codes) : IDoctorCheck
{
    public string Title { get; } = title;

    public virtual bool NeedsPlan => true;

    public IReadOnlySet<string> Claims { get; } = codes.ToHashSet(StringComparer.Ordinal);

    public virtual IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Findings(Claims);
    }
}
