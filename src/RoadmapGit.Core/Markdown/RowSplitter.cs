using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// Splits one table line into cells at unescaped pipes, keeping exact source spans. Markdig says
/// which lines form a table; the cells are cut here so that padding is never guessed.
/// </summary>
internal static class RowSplitter
{
    public static IReadOnlyList<TableCell> Split(string text, int start, int end)
    {
        var cells = new List<TableCell>();
        var i = start;
        while (i < end && IsPadding(text[i]))
        {
            i++;
        }

        var leadingPipe = i < end && text[i] == '|';
        var segmentStart = leadingPipe ? i + 1 : start;
        for (var j = segmentStart; j <= end; j++)
        {
            if (j < end && (text[j] != '|' || IsEscaped(text, j, start)))
            {
                continue;
            }

            // What follows the last pipe is a cell only when it holds text (a row without a closing pipe).
            if (j == end && (leadingPipe || cells.Count > 0) && IsBlank(text, segmentStart, end))
            {
                break;
            }

            cells.Add(MakeCell(text, segmentStart, j));
            segmentStart = j + 1;
        }

        return cells;
    }

    private static TableCell MakeCell(string text, int start, int end)
    {
        var contentStart = start;
        var contentEnd = end;
        while (contentStart < contentEnd && IsPadding(text[contentStart]))
        {
            contentStart++;
        }

        while (contentEnd > contentStart && IsPadding(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        return new TableCell(
            new TextSpan(start, end),
            new TextSpan(contentStart, contentEnd),
            text[contentStart..contentEnd]);
    }

    private static bool IsEscaped(string text, int index, int floor)
    {
        var backslashes = 0;
        for (var k = index - 1; k >= floor && text[k] == '\\'; k--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsPadding(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPadding(char c) => c is ' ' or '\t';
}
