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

    public IReadOnlySet<string> Claims { get; } = new HashSet<string>(StringComparer.Ordinal);

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

        var config = context.Config;
        var defaults = RoadmapConfig.Default;
        var paths = new (string Key, string? Path, string Consequence)[]
        {
            ("template", config.Template, "no note template is used and its lines count as a note's words"),
            ("notes", config.Notes == defaults.Notes ? null : config.Notes, "notes that no row links cannot be found"),
            ("ignoreRevsFile", config.IgnoreRevsFile == defaults.IgnoreRevsFile ? null : config.IgnoreRevsFile, "no commit is skipped as not learning"),
        };
        foreach (var (key, path, consequence) in paths)
        {
            if (path is not null && !Exists(context, path))
            {
                yield return Diagnose.ConfiguredPathMissing(key, path, RoadmapConfig.FileName, consequence);
            }
        }
    }

    private static bool Exists(DoctorContext context, string path)
    {
        try
        {
            var full = context.WorkTree.Resolve(path, "configured path");
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (UsageException)
        {
            return false;
        }
    }
}
