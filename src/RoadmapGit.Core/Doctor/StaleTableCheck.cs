using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit.Core.Doctor;

/// <summary>The roadmap says what <c>update</c> would write: nothing is left to change.</summary>
public sealed class StaleTableCheck : IDoctorCheck
{
    public string Title => "roadmap up to date";

    public bool NeedsPlan => true;

    public IReadOnlySet<string> Claims { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var file in context.Plan?.Files.Where(f => f.Changed) ?? [])
        {
            var changes = file.Result.Changes;
            var line = changes.Count > 0 ? changes.Min(c => c.Line) : FirstDifference(file.Original.Text, file.Result.NewText);
            yield return Diagnose.StaleTable(file.Path, line, Math.Max(1, changes.Count));
        }
    }

    private static int FirstDifference(string before, string after)
    {
        var old = before.Split('\n');
        var updated = after.Split('\n');
        var line = 0;
        while (line < old.Length && line < updated.Length && old[line] == updated[line])
        {
            line++;
        }

        return line + 1;
    }
}
