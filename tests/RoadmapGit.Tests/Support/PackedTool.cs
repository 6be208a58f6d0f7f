namespace RoadmapGit.Tests.Support;

/// <summary>
/// The tool as a user gets it: packed from the build the tests run against and installed with
/// <c>dotnet tool install --tool-path</c> into a temp folder. Done once for all end-to-end tests.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Folder = Path.Combine(Path.GetTempPath(), "roadmap-git-tool-" + Guid.NewGuid().ToString("N")[..8]);
        var packages = Path.Combine(Folder, "packages");
        ToolPath = Path.Combine(Folder, "tools");
        var project = Path.Combine(RepositoryRoot(), "src", "RoadmapGit", "RoadmapGit.csproj");
        Dotnet(Folder, "pack", project, "--no-build", "-c", Configuration, "-o", packages);
        Dotnet(Folder, "tool", "install", "RoadmapGit", "--tool-path", ToolPath, "--add-source", packages, "--version", "0.1.0");
        Executable = Path.Combine(ToolPath, "roadmap-git");
    }

    public string Folder { get; }

    public string ToolPath { get; }

    public string Executable { get; }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args) =>
        Processes.Run(Executable, workingDirectory, args, TestRepo.ApplyGitEnvironment);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RoadmapGit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("RoadmapGit.sln not found above the test folder");
    }

    private static void Dotnet(string workingDirectory, params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        var (code, output, error) = Processes.Run("dotnet", workingDirectory, args);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed: {output}{error}");
        }
    }
}
