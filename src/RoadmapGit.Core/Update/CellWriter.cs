using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Writes new text into one cell, keeping its leading padding. In a column padded to align, the
/// trailing padding grows or shrinks so the column stays aligned; a value that does not fit
/// widens only its own cell.
/// </summary>
internal static class CellWriter
{
    public static TextEdit? Write(string text, TableCell cell, bool aligned, string content)
    {
        if (cell.Text == content)
        {
            return null;
        }

        var segment = cell.Segment;
        var empty = cell.Content.Length == 0;
        var leadEnd = empty ? Math.Min(segment.Start + 1, segment.End) : cell.Content.Start;
        var lead = text[segment.Start..leadEnd];
        var originalTrail = empty ? text[leadEnd..segment.End] : text[cell.Content.End..segment.End];
        string trail;
        if (aligned)
        {
            var minimum = originalTrail.Length > 0 ? 1 : 0;
            var room = DisplayWidth.Of(text.AsSpan(segment.Start, segment.Length)) - DisplayWidth.Of(lead) - DisplayWidth.Of(content);
            trail = new string(' ', Math.Max(minimum, room));
        }
        else
        {
            trail = empty ? (originalTrail.Length > 0 ? " " : string.Empty) : originalTrail;
        }

        if (lead.Length == 0 && content.Length > 0 && segment.Length == 0)
        {
            lead = " ";
            trail = " ";
        }

        return new TextEdit(segment, lead + content + trail);
    }
}
