using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>
/// The configuration reads, the roadmap files it names can be read, and the paths it names exist
/// (a mistyped path would otherwise be ignored without a word).
/// </summary>
public sealed class ConfigurationCheck : IDoctorCheck
{
    public string Title => "configuration";

    public bool NeedsPlan => false;

    /// <summary>Every run warns about a missing template or ignore file too: here they are said once.</summary>
    public IReadOnlySet<string> Claims { get; } = new HashSet<string>(StringComparer.Ordinal) { Diagnose.ConfigPathMissingCode };

    public IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ConfigError is { } configError)
        {
            yield return Diagnose.ConfigError(configError.Message);
            yield break;
        }

        if (context.PlanError is { } planError)
        {
            yield return Diagnose.CannotRead(planError.Message);
        }

        foreach (var missing in ConfiguredPaths.MissingInputs(context.Config, context.WorkTree).Concat(ConfiguredPaths.MissingNotesFolder(context.Config, context.WorkTree)))
        {
            yield return missing;
        }
    }
}
