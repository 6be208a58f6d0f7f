using RoadmapGit.Core.Config;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Doctor;

/// <summary>
/// <c>doctor --fix-encoding</c>: each mangled roadmap file is written back as the UTF-8 it was,
/// in one atomic step, keeping its byte-order mark and line endings; every character the
/// mangling destroyed is listed by line, on this run and on every later one until it is typed
/// again. A file that is not mangled, or not UTF-8 at all, stays byte for byte as it was.
/// </summary>
public static class EncodingFix
{
    public static IReadOnlyList<Diagnostic> Run(WorkTree workTree, RoadmapConfig config)
    {
        ArgumentNullException.ThrowIfNull(workTree);
        ArgumentNullException.ThrowIfNull(config);
        var findings = new List<Diagnostic>();
        foreach (var roadmap in config.Roadmaps)
        {
            var bytes = workTree.Read(roadmap, "roadmap file") ?? throw Fail.RoadmapNotFound(roadmap, RoadmapConfig.FileName);
            if (!DocumentText.TryDecode(bytes, out var text))
            {
                findings.Add(Diagnose.NotUtf8Roadmap(roadmap));
                continue;
            }

            var repair = Mojibake.Repair(text.Text);
            if (!repair.Found)
            {
                // A file repaired before may still hold characters to type again: they keep the run failing.
                findings.Add(Diagnose.NothingToRepair(roadmap));
                findings.AddRange(Mojibake.LinesWithLost(text.Text).Select(line => Diagnose.LostCharacter(roadmap, line, LostHint.Unknown)));
                continue;
            }

            workTree.Write(roadmap, text.WithText(repair.Text).Encode(), "roadmap file");
            findings.Add(Diagnose.EncodingRepaired(roadmap, repair));
            findings.AddRange(repair.Lost.Select(l => Diagnose.LostCharacter(roadmap, l.Line, l.Hint)));
        }

        return findings;
    }
}
