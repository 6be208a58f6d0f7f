namespace RoadmapGit.Core.Update;

/// <summary>The link target a roadmap writes for a note, in the style of the link it replaces.</summary>
internal static class NoteUrl
{
    /// <summary>
    /// The note's path relative to the roadmap, percent-encoded per segment, keeping a leading
    /// <c>./</c> and any <c>#anchor</c> or <c>?query</c> the old target had.
    /// </summary>
    public static string Relative(string roadmapPath, string notePath, string oldUrl)
    {
        var roadmapFolder = roadmapPath.Contains('/', StringComparison.Ordinal) ? roadmapPath[..roadmapPath.LastIndexOf('/')] : string.Empty;
        var relative = roadmapFolder.Length == 0 ? notePath : Path.GetRelativePath(roadmapFolder, notePath).Replace('\\', '/');
        var encoded = string.Join('/', relative.Split('/').Select(s => s == ".." ? s : Uri.EscapeDataString(s)));
        var prefixed = oldUrl.StartsWith("./", StringComparison.Ordinal) && !encoded.StartsWith("../", StringComparison.Ordinal) ? "./" + encoded : encoded;
        var suffix = oldUrl.IndexOfAny(['#', '?']);
        return suffix >= 0 ? prefixed + oldUrl[suffix..] : prefixed;
    }
}
