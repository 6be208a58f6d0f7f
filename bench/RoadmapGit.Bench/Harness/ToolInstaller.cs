using System.Diagnostics;
using System.Globalization;

namespace RoadmapGit.Bench.Harness;

/// <summary>
/// The tool as a user gets it: this clone's Release build, packed, and installed with
/// <c>dotnet tool install --tool-path</c> under a version no NuGet cache has seen, so the
/// installed tool is this very build.
/// </summary>
internal static class ToolInstaller
{
    public static string PackAndInstall(string work, TextWriter log)
    {
        var root = RepositoryRoot();
        var version = "0.0.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var packages = Path.Combine(work, "packages");
        var tools = Path.Combine(work, "tools");
        log.WriteLine($"packing and installing roadmap-git {version}");
        Dotnet(work, null, "pack", Path.Combine(root, "src", "RoadmapGit"), "-c", "Release", "-o", packages, "-p:PackageVersion=" + version);
        // A packages folder of its own keeps the benchmark's package out of the machine's cache.
        Dotnet(work, Path.Combine(work, "nuget"), "tool", "install", "RoadmapGit", "--tool-path", tools, "--add-source", packages, "--version", version);
        return Path.Combine(tools, "roadmap-git");
    }

    /// <summary>What <see cref="PackAndInstall"/> builds: the clone's commit, and whether its sources have changes not committed.</summary>
    public static string Describe()
    {
        var root = RepositoryRoot();
        var commit = Git.Run(root, "rev-parse", "--short", "HEAD").Trim();
        var changed = Git.Run(root, "status", "--porcelain", "--", "src").Length > 0 ? " with uncommitted changes to src" : string.Empty;
        return $"this clone's Release build (commit {commit}{changed}), packed and installed with dotnet tool install --tool-path";
    }

    /// <summary>The clone this benchmark belongs to: the folder above it that holds RoadmapGit.sln.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "RoadmapGit.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("RoadmapGit.sln not found above the benchmark or the current folder");
    }

    private static void Dotnet(string directory, string? nugetPackages, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (nugetPackages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = nugetPackages;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed: {output.Result}{error}");
        }
    }
}
