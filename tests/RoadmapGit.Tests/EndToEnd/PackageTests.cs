using System.IO.Compression;
using System.Reflection.PortableExecutable;
using RoadmapGit.Core;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.EndToEnd;

/// <summary>
/// <c>dotnet pack</c> makes three packages: a pointer package that names the platform packages, a
/// native one for linux-x64 (what the tests install), and a portable, framework-dependent one that
/// installs on every other platform, with ReadyToRun code for the platform that packed it.
/// </summary>
[Collection(PackedToolGroup.Name)]
public sealed class PackageTests(PackedTool tool)
{
    [Fact]
    public void Pack_MakesThePointerPackageAndOnePackagePerPlatform()
    {
        var packages = Directory.GetFiles(tool.Packages, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal([$"RoadmapGit.{tool.Version}.nupkg", $"RoadmapGit.any.{tool.Version}.nupkg", $"RoadmapGit.linux-x64.{tool.Version}.nupkg"], packages);
    }

    [Fact]
    public void PointerPackage_NamesTheNativePackageBeforeThePortableOneAndHoldsNoCode()
    {
        var entries = Entries("RoadmapGit");
        var settings = Read("RoadmapGit", "tools/any/any/DotnetToolSettings.xml");

        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal) || e.Contains("/runtimes/", StringComparison.Ordinal));
        var native = settings.IndexOf("RuntimeIdentifier=\"linux-x64\" Id=\"RoadmapGit.linux-x64\"", StringComparison.Ordinal);
        var portable = settings.IndexOf("RuntimeIdentifier=\"any\" Id=\"RoadmapGit.any\"", StringComparison.Ordinal);
        Assert.True(native >= 0 && portable > native, settings);
    }

    [Fact]
    public void NativePackage_HoldsOneExecutableAndLibgit2AndNoAssemblies()
    {
        var entries = Entries("RoadmapGit.linux-x64");

        Assert.Contains("Runner=\"executable\"", Read("RoadmapGit.linux-x64", "tools/any/linux-x64/DotnetToolSettings.xml"), StringComparison.Ordinal);
        Assert.Contains("tools/any/linux-x64/RoadmapGit", entries);
        Assert.Contains(entries, e => e.StartsWith("tools/any/linux-x64/libgit2-", StringComparison.Ordinal) && e.EndsWith(".so", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".dbg", StringComparison.Ordinal) || e.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void PortablePackage_RunsOnDotnetWithTheNativeLibraryOfEveryPlatform()
    {
        var entries = Entries("RoadmapGit.any");

        Assert.Contains("Runner=\"dotnet\"", Read("RoadmapGit.any", "tools/net10.0/any/DotnetToolSettings.xml"), StringComparison.Ordinal);
        Assert.Contains("tools/net10.0/any/RoadmapGit.dll", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal));
        foreach (var platform in new[] { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" })
        {
            Assert.Contains(entries, e => e.StartsWith($"tools/net10.0/any/runtimes/{platform}/native/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void InstalledOnLinuxX64_TheCommandIsTheNativeExecutable()
    {
        var target = File.ResolveLinkTarget(tool.Executable, returnFinalTarget: true);

        Assert.NotNull(target);
        Assert.Contains($"{Path.DirectorySeparatorChar}roadmapgit.linux-x64{Path.DirectorySeparatorChar}", target.FullName, StringComparison.Ordinal);
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(target.FullName)[..4]);
        Assert.Empty(Directory.GetFiles(tool.ToolPath, "*.dll", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("RoadmapGit.dll")]
    [InlineData("RoadmapGit.Core.dll")]
    [InlineData("LibGit2Sharp.dll")]
    [InlineData("Markdig.dll")]
    public void PortablePackageAssemblies_CarryReadyToRunCode(string assembly)
    {
        var path = Path.Combine(tool.PortableTool, assembly);
        using var pe = new PEReader(File.OpenRead(path));

        Assert.True(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} has no ReadyToRun code");
    }

    [Fact]
    public void PackedWithAVersion_VersionOptionPrintsThatVersion()
    {
        var (code, output, error) = tool.Run(tool.Folder, "--version");

        Assert.True(code == 0, error);
        Assert.Equal($"roadmap-git {tool.Version}\n", output);
    }

    [Fact]
    public void PortablePackage_PrintsThePackedVersion()
    {
        // Its assemblies are the ReadyToRun ones, compiled by a publish of their own.
        var (code, output, error) = RunPortable(tool.Folder, ["--version"]);

        Assert.True(code == 0, error);
        Assert.Equal($"roadmap-git {tool.Version}\n", output);
    }

    [Fact]
    public void PortablePackageWithoutReadyToRunCode_RunsFromItsIl()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-09T10:00:00+00:00", "start", ("README.md", Roadmaps.Small), ("notes/http.md", Roadmaps.RealContent));

        // What a platform other than the packing one does: it ignores the precompiled code.
        var (code, output, error) = RunPortable(repo.Root, ["update", "--dry-run"], readyToRun: false);

        Assert.True(code == 0, error);
        Assert.Contains("+| **HTTP** | 🟡 In Progress | 09.02.2026 | xx.xx.xx |", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the portable package as the SDK runs a tool whose runner is <c>dotnet</c>.</summary>
    private (int ExitCode, string Output, string Error) RunPortable(string workingDirectory, string[] args, bool readyToRun = true) =>
        ChildProcess.Run("dotnet", workingDirectory, [Path.Combine(tool.PortableTool, "RoadmapGit.dll"), .. args], environment =>
        {
            TestRepo.ApplyGitEnvironment(environment);
            if (!readyToRun)
            {
                environment["DOTNET_ReadyToRun"] = "0";
            }
        });

    private List<string> Entries(string id)
    {
        using var zip = ZipFile.OpenRead(tool.Package(id));
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private string Read(string id, string entry)
    {
        using var zip = ZipFile.OpenRead(tool.Package(id));
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }
}
