namespace RoadmapGit.Core.Text;

/// <summary>A half-open range of UTF-16 offsets into a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public override string ToString() => $"[{Start},{End})";
}
