using System.IO.Compression;
using System.Reflection.PortableExecutable;
using RoadmapGit.Core;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

/// <summary>
/// <c>dotnet pack</c> makes one portable tool package: it installs wherever the SDK runs, carries
/// ReadyToRun code for the platform that packed it, and runs from its IL where that code cannot be used.
/// </summary>
[Collection(PackedToolGroup.Name)]
public sealed class PackageTests(PackedTool tool)
{
    [Fact]
    public void Package_IsOnePortableToolWithTheNativeLibraryOfEveryPlatform()
    {
        var package = Assert.Single(Directory.GetFiles(tool.Packages, "*.nupkg"));
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        using var settings = new StreamReader(zip.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());

        Assert.Contains("Runner=\"dotnet\"", settings.ReadToEnd(), StringComparison.Ordinal);
        Assert.Contains("tools/net10.0/any/RoadmapGit.dll", entries);
        foreach (var platform in new[] { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" })
        {
            Assert.Contains(entries, e => e.StartsWith($"tools/net10.0/any/runtimes/{platform}/native/", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("RoadmapGit.dll")]
    [InlineData("RoadmapGit.Core.dll")]
    [InlineData("LibGit2Sharp.dll")]
    [InlineData("Markdig.dll")]
    public void InstalledAssemblies_CarryReadyToRunCode(string assembly)
    {
        var path = Directory.GetFiles(tool.ToolPath, assembly, SearchOption.AllDirectories).Single();
        using var pe = new PEReader(File.OpenRead(path));

        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} has no ReadyToRun code");
    }

    [Fact]
    public void PackedWithAVersion_VersionOptionPrintsThatVersion()
    {
        // The installed assemblies are the ReadyToRun ones, compiled by a publish of their own.
        var (code, output, error) = tool.Run(tool.Folder, "--version");

        Assert.True(code == 0, error);
        Assert.Equal($"roadmap-git {tool.Version}\n", output);
    }

    [Fact]
    public void WithoutReadyToRunCode_TheToolRunsFromItsIl()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-09T10:00:00+00:00", "start", ("README.md", Roadmaps.Small), ("notes/http.md", Roadmaps.RealContent));

        // What a platform other than the packing one does: it ignores the precompiled code.
        var (code, output, error) = ChildProcess.Run(tool.Executable, repo.Root, ["update", "--dry-run"], environment =>
        {
            TestRepo.ApplyGitEnvironment(environment);
            environment["DOTNET_ReadyToRun"] = "0";
        });

        Assert.True(code == 0, error);
        Assert.Contains("+| **HTTP** | 🟡 In Progress | 09.02.2026 | xx.xx.xx |", output, StringComparison.Ordinal);
    }
}
