using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// Finds a row's note among the links Markdig read in the whole document (so reference-style
/// links resolve): the first one on the row's line whose target is a file inside the repository.
/// </summary>
internal sealed class NoteLinks
{
    private readonly List<LinkInline> _links;
    private readonly List<int> _starts;

    public NoteLinks(MarkdownDocument markdown)
    {
        _links = markdown.Descendants<LinkInline>()
            .Where(l => !l.IsImage && l.Url is not null)
            .OrderBy(l => l.Span.Start)
            .ToList();
        _starts = _links.Select(l => l.Span.Start).ToList();
    }

    public NoteLink? Find(string path, TableLine line, List<Diagnostic> warnings)
    {
        // Links are sorted by where they start: a row's links are found by halving, not by a pass
        // over every link of the document (rows × links on a long roadmap).
        var first = _starts.BinarySearch(line.Span.Start);
        if (first < 0)
        {
            first = ~first;
        }

        while (first > 0 && _starts[first - 1] == line.Span.Start)
        {
            first--;
        }

        for (var i = first; i < _links.Count && _starts[i] < line.Span.End; i++)
        {
            var link = _links[i];
            switch (LinkTarget.Resolve(link.Url!, path, out var target))
            {
                case LinkTarget.Kind.InsideRepository:
                    return new NoteLink(target, UrlSpanWithin(link, line), link.Url!, new TextSpan(link.Span.Start, link.Span.End + 1));
                case LinkTarget.Kind.OutsideRepository:
                    warnings.Add(Diagnose.LinkOutside(path, line.LineNumber + 1, link.Url!));
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the target is written on the row; empty for a reference-style link, whose target sits
    /// in a definition other rows may share, so a rename never rewrites it.
    /// </summary>
    private static TextSpan UrlSpanWithin(LinkInline link, TableLine line)
    {
        var url = link.UrlSpan;
        return url.IsEmpty || url.Start < line.Span.Start || url.End >= line.Span.End
            ? default
            : new TextSpan(url.Start, url.End + 1);
    }
}
