using RoadmapGit.Core.Conventions;

namespace RoadmapGit.Core.Notes;

/// <summary>What makes a note a stub, and how its front-matter dates are written.</summary>
/// <param name="StubWords">A note with fewer real words than this is a stub.</param>
/// <param name="TemplateLines">Lines of the note template; a note's copy of them is not content.</param>
public sealed record NoteRules(int StubWords, IReadOnlySet<string> TemplateLines, DateStyle DateStyle)
{
    public static NoteRules Default { get; } = new(5, new HashSet<string>(StringComparer.Ordinal), DateStyle.Iso);

    public static IReadOnlySet<string> TemplateLinesOf(string template) =>
        template.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
