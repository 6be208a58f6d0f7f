namespace RoadmapGit.Core.Markdown;

/// <summary>The summary line under a section heading; it speaks for every table in that section.</summary>
/// <param name="Section">Title of the heading the line stands under.</param>
/// <param name="SectionStart">Offset where that section begins.</param>
/// <param name="SectionEnd">Offset where that section ends.</param>
public sealed record OverallLine(
    int LineNumber,
    LabeledValue Status,
    LabeledValue? Start,
    LabeledValue? Finish,
    string Section,
    int SectionStart,
    int SectionEnd);
