namespace RoadmapGit.Core.Markdown;

/// <summary>Line starts and ends of a text, with CRLF, LF and CR all ending a line as in CommonMark.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];
    private readonly string _text;

    public LineIndex(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public int Count => _starts.Count;

    public int StartOf(int line) => _starts[line];

    /// <summary>Offset just before the line break.</summary>
    public int EndOf(int line)
    {
        var end = line + 1 < _starts.Count ? _starts[line + 1] : _text.Length;
        while (end > _starts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    public int LineOf(int offset)
    {
        var index = _starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }
}
