using RoadmapGit.Core.Conventions;

namespace RoadmapGit.Core.Notes;

/// <summary>What makes a note a stub, and how its front-matter dates and Status line are written.</summary>
/// <param name="StubWords">A note with fewer real words than this is a stub.</param>
/// <param name="TemplateLines">Lines of the note template; a note's copy of them is not content.</param>
/// <param name="Labels">The roadmap's own labels: a note's <c>Status:</c> line may use them word for word.</param>
public sealed record NoteRules(int StubWords, IReadOnlySet<string> TemplateLines, DateStyle DateStyle, StatusLabels Labels)
{
    public static NoteRules Default { get; } = new(5, new HashSet<string>(StringComparer.Ordinal), DateStyle.Iso, StatusLabels.Default);

    public static IReadOnlySet<string> TemplateLinesOf(string template) =>
        template.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
