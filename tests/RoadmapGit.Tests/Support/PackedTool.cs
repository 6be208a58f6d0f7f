using System.IO.Compression;
using RoadmapGit.Core;

namespace RoadmapGit.Tests.Support;

/// <summary>
/// The tool as a user gets it: packed from the build the tests run against and installed with
/// <c>dotnet tool install --tool-path</c> into a temp folder. Done once for all end-to-end tests.
/// On linux-x64, where the tests run, that installs the natively compiled package; the portable
/// package the other platforms install is unpacked beside it.
/// </summary>
public sealed class PackedTool : IDisposable
{
    public PackedTool()
    {
        Folder = Path.Combine(Path.GetTempPath(), "roadmap-git-tool-" + Guid.NewGuid().ToString("N")[..8]);
        Packages = Path.Combine(Folder, "packages");
        var packages = Packages;
        ToolPath = Path.Combine(Folder, "tools");
        var project = Path.Combine(RepositoryRoot.Path, "src", "RoadmapGit", "RoadmapGit.csproj");
        // A package folder of its own keeps test packages out of the machine's NuGet cache.
        NuGetPackages = Path.Combine(Folder, "nuget");
        // A version no cache has seen, so every install below gets this very build.
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];
        Dotnet(Folder, "pack", project, "--no-build", "-c", Configuration, "-o", packages, "-p:PackageVersion=" + Version);
        Dotnet(Folder, "tool", "install", "RoadmapGit", "--tool-path", ToolPath, "--add-source", packages, "--version", Version);
        Executable = Path.Combine(ToolPath, "roadmap-git");
        ZipFile.ExtractToDirectory(Package("RoadmapGit.any"), Path.Combine(Folder, "portable-package"));
        PortableTool = Path.Combine(Folder, "portable-package", "tools", "net10.0", "any");
    }

    public string Folder { get; }

    public string ToolPath { get; }

    /// <summary>The folder the package was packed into, to install it from.</summary>
    public string Packages { get; }

    /// <summary>The package version packed for this test run.</summary>
    public string Version { get; }

    /// <summary>The NuGet packages folder every install in the tests uses (<c>NUGET_PACKAGES</c>).</summary>
    public string NuGetPackages { get; }

    public string Executable { get; }

    /// <summary>The folder of the portable package's tool files, unpacked as the SDK would install them.</summary>
    public string PortableTool { get; }

    /// <summary>The package with this id packed for this test run.</summary>
    public string Package(string id) => Path.Combine(Packages, $"{id}.{Version}.nupkg");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public (int ExitCode, string Output, string Error) Run(string workingDirectory, params string[] args) =>
        ChildProcess.Run(Executable, workingDirectory, args, TestRepo.ApplyGitEnvironment);

    /// <summary>Installs the pre-commit hook in <paramref name="repo"/>, failing the test if that fails; returns what it printed.</summary>
    internal string InstallHook(TestRepo repo)
    {
        var (code, output, error) = Run(repo.Root, "hook", "install");
        Assert.True(code == 0, error);
        return output;
    }

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

    /// <summary>Runs <c>dotnet</c> with this fixture's own NuGet packages folder.</summary>
    public void Dotnet(string workingDirectory, params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        var (code, output, error) = ChildProcess.Run("dotnet", workingDirectory, args, environment => environment["NUGET_PACKAGES"] = NuGetPackages);
        if (code != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed: {output}{error}");
        }
    }
}
