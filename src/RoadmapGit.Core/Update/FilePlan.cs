using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>One roadmap file: its bytes as read and the text it should hold.</summary>
/// <remarks>A class, not a record: it keeps its encoded bytes once made, which a copy or an equality would not mean.</remarks>
public sealed class FilePlan(string path, DocumentText original, RewriteResult result)
{
    private byte[]? _newBytes;

    public string Path { get; } = path;

    public DocumentText Original { get; } = original;

    public RewriteResult Result { get; } = result;

    public bool Changed => Result.Changed;

    /// <remarks>Encoded once: the hook stages these bytes, writes them to the work tree and compares other copies with them.</remarks>
    public byte[] NewBytes => _newBytes ??= Original.WithText(Result.NewText).Encode();
}
