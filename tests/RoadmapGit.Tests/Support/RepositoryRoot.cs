namespace RoadmapGit.Tests.Support;

/// <summary>The clone the tests run from: the folder above the test assembly that holds RoadmapGit.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "RoadmapGit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RoadmapGit.sln not found above the test folder");
    }
}
