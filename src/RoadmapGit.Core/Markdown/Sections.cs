using Markdig.Syntax;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// Sections of a document: a heading and everything under it down to the next heading of the
/// same or higher level (on the sample, the overall line sits under a <c>##</c> heading and
/// its table under a <c>###</c> below it).
/// </summary>
internal static class Sections
{
    /// <summary>A table belongs to the innermost section with an overall line, else the innermost section.</summary>
    public static string TitleAt(int offset, List<Section> sections, List<OverallLine> overallLines)
    {
        var enclosing = sections.Where(s => s.Start <= offset && offset < s.End).ToList();
        var withOverall = enclosing.LastOrDefault(s => overallLines.Any(o => o.SectionStart == s.Start));
        return (withOverall ?? enclosing.LastOrDefault())?.Title ?? string.Empty;
    }

    public static List<Section> Read(MarkdownDocument markdown, LineIndex lines, string text)
    {
        var headings = markdown.Descendants<HeadingBlock>()
            .Select(h => (h.Level, Line: lines.LineOf(h.Span.Start), Start: lines.StartOf(lines.LineOf(h.Span.Start))))
            .OrderBy(h => h.Start)
            .ToList();
        var sections = new List<Section>();
        for (var i = 0; i < headings.Count; i++)
        {
            var end = headings.Skip(i + 1).FirstOrDefault(h => h.Level <= headings[i].Level).Start;
            if (end == 0)
            {
                end = text.Length;
            }

            var title = text[headings[i].Start..lines.EndOf(headings[i].Line)].Trim().TrimStart('#').TrimEnd('#').Trim();
            sections.Add(new Section(title, headings[i].Start, end));
        }

        return sections;
    }
}
