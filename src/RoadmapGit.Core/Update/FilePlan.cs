using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>One roadmap file: its bytes as read and the text it should hold.</summary>
public sealed record FilePlan(string Path, DocumentText Original, RewriteResult Result)
{
    public bool Changed => Result.Changed;

    private byte[]? _newBytes;

    /// <remarks>Encoded once: the hook stages these bytes, writes them to the work tree and compares other copies with them.</remarks>
    public byte[] NewBytes => _newBytes ??= Original.WithText(Result.NewText).Encode();
}
