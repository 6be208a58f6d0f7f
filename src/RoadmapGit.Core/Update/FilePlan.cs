using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>One roadmap file: its bytes as read and the text it should hold.</summary>
public sealed record FilePlan(string Path, DocumentText Original, RewriteResult Result)
{
    public bool Changed => Result.Changed;

    public byte[] NewBytes => Original.WithText(Result.NewText).Encode();
}
