using RoadmapGit.Core.Files;

namespace RoadmapGit.Core.Doctor;

/// <summary>Reading a roadmap file for a check, where a file that cannot be read is another check's finding.</summary>
internal static class RoadmapFiles
{
    public static byte[]? TryRead(WorkTree workTree, string path)
    {
        try
        {
            return workTree.Read(path, "roadmap file");
        }
        catch (UsageException)
        {
            return null;
        }
    }
}
