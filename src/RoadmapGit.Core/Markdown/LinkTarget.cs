using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.Markdown;

/// <summary>Resolves a link target written in a roadmap file to a repository-relative path.</summary>
public static class LinkTarget
{
    public enum Kind
    {
        /// <summary>A web address, mail link, pure anchor or folder: not a note, and nothing to say.</summary>
        NotAFile,

        InsideRepository,

        /// <summary>Climbs above the repository root: never read, and worth a warning.</summary>
        OutsideRepository,
    }

    public static Kind Resolve(string url, string roadmapPath, out string path)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(roadmapPath);
        path = string.Empty;
        var target = url.Trim();
        var cut = target.IndexOfAny(['#', '?']);
        if (cut >= 0)
        {
            target = target[..cut];
        }

        if (target.Length == 0 || HasScheme(target) || target.StartsWith("//", StringComparison.Ordinal))
        {
            return Kind.NotAFile;
        }

        try
        {
            target = Uri.UnescapeDataString(target);
        }
        catch (UriFormatException)
        {
            return Kind.NotAFile;
        }

        target = target.Replace('\\', '/');

        // No file name holds a control character: %00 would otherwise cut the path short.
        if (target.EndsWith('/') || target.Any(char.IsControl))
        {
            return Kind.NotAFile;
        }

        string[] folder = [];
        if (!target.StartsWith('/'))
        {
            var directory = roadmapPath.Replace('\\', '/');
            var slash = directory.LastIndexOf('/');
            if (slash > 0)
            {
                folder = directory[..slash].Split('/', StringSplitOptions.RemoveEmptyEntries);
            }
        }

        if (!PathSegments.TryResolve(folder, target, out var segments))
        {
            return Kind.OutsideRepository;
        }

        if (segments.Count == 0 || segments[0] == ".git")
        {
            return segments.Count == 0 ? Kind.NotAFile : Kind.OutsideRepository;
        }

        path = string.Join('/', segments);
        return Kind.InsideRepository;
    }

    private static bool HasScheme(string target)
    {
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        for (var i = 0; i < colon; i++)
        {
            var c = target[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
