using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>Whatever the engine finds that no other check reports, so that nothing it says goes unseen.</summary>
public sealed class OtherWarningsCheck(IReadOnlySet<string> claimed) : IDoctorCheck
{
    public string Title => "other findings";

    public bool NeedsPlan => true;

    public IReadOnlySet<string> Claims { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Plan?.Diagnostics.Where(d => !claimed.Contains(d.Code)) ?? [];
    }
}
