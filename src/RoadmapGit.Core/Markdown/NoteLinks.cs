using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>Finds a row's note: Markdig reads the links of each cell, the first one into the repository wins.</summary>
internal static class NoteLinks
{
    private static readonly MarkdownPipeline InlinePipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>
    /// The first link, cell by cell, whose target is a file inside the repository. Each cell is
    /// parsed on its own, so a link's span is exact whatever the rest of the row holds.
    /// </summary>
    public static NoteLink? Find(string path, TableLine line, List<DocumentWarning> warnings)
    {
        foreach (var cell in line.Cells)
        {
            if (!cell.Text.Contains('[', StringComparison.Ordinal) && !cell.Text.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var link in Markdig.Markdown.Parse(cell.Text, InlinePipeline).Descendants<LinkInline>())
            {
                if (link.IsImage || link.Url is null)
                {
                    continue;
                }

                switch (LinkTarget.Resolve(link.Url, path, out var target))
                {
                    case LinkTarget.Kind.InsideRepository:
                        var urlSpan = link.UrlSpan;
                        var span = urlSpan.IsEmpty ? default : new TextSpan(cell.Content.Start + urlSpan.Start, cell.Content.Start + urlSpan.End + 1);
                        return new NoteLink(target, span, link.Url);
                    case LinkTarget.Kind.OutsideRepository:
                        warnings.Add(new DocumentWarning(line.LineNumber + 1,
                            $"link '{link.Url}' points outside the repository; it is not read"));
                        break;
                }
            }
        }

        return null;
    }
}
