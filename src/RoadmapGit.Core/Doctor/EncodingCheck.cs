using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Doctor;

/// <summary>
/// Each roadmap file is UTF-8, not mangled (UTF-8 once read as Windows-1252/1254 and saved
/// again), and holds no character a mangling destroyed.
/// </summary>
public sealed class EncodingCheck : IDoctorCheck
{
    public string Title => "encoding";

    public bool NeedsPlan => false;

    public IReadOnlySet<string> Claims { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var roadmap in context.Config.Roadmaps)
        {
            // A roadmap that is missing or outside the work tree is the configuration check's to report.
            if (RoadmapFiles.TryRead(context.WorkTree, roadmap) is not { } bytes)
            {
                continue;
            }

            if (!DocumentText.TryDecode(bytes, out var text))
            {
                yield return Diagnose.NotUtf8Roadmap(roadmap);
                continue;
            }

            var repair = Mojibake.Repair(text.Text);
            if (repair.Found)
            {
                yield return Diagnose.Mangled(roadmap, repair);
                continue;
            }

            foreach (var line in Mojibake.LinesWithLost(text.Text))
            {
                yield return Diagnose.LostCharacter(roadmap, line, LostHint.Unknown);
            }
        }
    }
}
