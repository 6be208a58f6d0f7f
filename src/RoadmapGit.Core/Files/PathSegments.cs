namespace RoadmapGit.Core.Files;

/// <summary>How a path written with <c>/</c> is read from a folder of the repository: the one reading for roadmap links and configured paths.</summary>
internal static class PathSegments
{
    /// <summary>
    /// The segments of <paramref name="path"/> read from the folder whose segments are
    /// <paramref name="folder"/>: <c>.</c> and empty segments dropped, each <c>..</c> taking back the
    /// one before. False when a <c>..</c> climbs above the repository's root.
    /// </summary>
    public static bool TryResolve(IEnumerable<string> folder, string path, out List<string> segments)
    {
        ArgumentNullException.ThrowIfNull(path);
        segments = [.. folder];
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return false;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return true;
    }
}
