using System.Text;

namespace RoadmapGit.Core.Text;

/// <summary>
/// Applies span edits to the original text, so every byte outside an edited span survives as it was.
/// </summary>
public static class TextEditor
{
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ordered = edits.OrderBy(e => e.Span.Start).ToList();
        if (ordered.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position)
            {
                throw new InvalidOperationException($"Overlapping edits at {edit.Span}.");
            }

            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
