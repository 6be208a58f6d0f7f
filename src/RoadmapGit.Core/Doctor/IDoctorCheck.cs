using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>One thing <c>doctor</c> looks at; it returns findings, each naming its fix, and never writes.</summary>
public interface IDoctorCheck
{
    /// <summary>What the check looks at, as the report names it.</summary>
    string Title { get; }

    /// <summary>True when the check reads the engine's plan, so it cannot run while the configuration or a roadmap file is broken.</summary>
    bool NeedsPlan { get; }

    /// <summary>The codes of the engine's findings this check reports; every other one is reported under "other warnings".</summary>
    IReadOnlySet<string> Claims { get; }

    IEnumerable<Diagnostic> Run(DoctorContext context);
}
