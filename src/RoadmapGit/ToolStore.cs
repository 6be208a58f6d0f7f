namespace RoadmapGit;

/// <summary>
/// Where <c>dotnet tool install</c> put the command that started this process. A native tool's
/// command is a link into the versioned <c>.store</c> folder, and the process sees the link's
/// target: a hook that recorded that target would break on the next <c>dotnet tool update</c>.
/// </summary>
internal static class ToolStore
{
    public const string CommandName = "roadmap-git";

    private const string StoreFolder = ".store";

    /// <summary>The installed command that links to <paramref name="executable"/>, or null when it was not started through one.</summary>
    public static string? CommandFor(string executable)
    {
        for (var folder = Path.GetDirectoryName(executable); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Path.GetFileName(folder) != StoreFolder)
            {
                continue;
            }

            var command = Path.Combine(Path.GetDirectoryName(folder)!, CommandName + (OperatingSystem.IsWindows() ? ".exe" : ""));
            return LinksTo(command, executable) ? command : null;
        }

        return null;
    }

    private static bool LinksTo(string command, string executable)
    {
        try
        {
            var target = File.ResolveLinkTarget(command, returnFinalTarget: true);
            return target is not null && string.Equals(Path.GetFullPath(target.FullName), Path.GetFullPath(executable), StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
