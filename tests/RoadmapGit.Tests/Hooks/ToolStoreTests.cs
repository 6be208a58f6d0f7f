namespace RoadmapGit.Tests.Hooks;

/// <summary>A native tool's command is a link into the versioned store; the hook must record the link, which survives an update.</summary>
public sealed class ToolStoreTests : IDisposable
{
    private readonly DirectoryInfo _toolPath = Directory.CreateTempSubdirectory("roadmap-git-tool-path-");

    [Fact]
    public void ExecutableInTheStore_IsReachedThroughTheInstalledCommand()
    {
        var executable = StoreFile("roadmapgit/1.2.3/roadmapgit.linux-x64/1.2.3/tools/any/linux-x64/RoadmapGit");
        var command = Path.Combine(_toolPath.FullName, ToolStore.CommandName);
        File.CreateSymbolicLink(command, Path.GetRelativePath(_toolPath.FullName, executable));

        Assert.Equal(command, ToolStore.CommandFor(executable));
    }

    [Fact]
    public void ExecutableInTheStoreNoCommandLinksTo_IsNotReplaced()
    {
        var executable = StoreFile("roadmapgit/1.2.3/roadmapgit.linux-x64/1.2.3/tools/any/linux-x64/RoadmapGit");
        var other = StoreFile("roadmapgit/1.2.4/roadmapgit.linux-x64/1.2.4/tools/any/linux-x64/RoadmapGit");
        File.CreateSymbolicLink(Path.Combine(_toolPath.FullName, ToolStore.CommandName), other);

        Assert.Null(ToolStore.CommandFor(executable));
    }

    [Fact]
    public void ExecutableOutsideAStore_IsNotReplaced()
    {
        var executable = Path.Combine(_toolPath.FullName, ToolStore.CommandName);
        File.WriteAllBytes(executable, []);

        Assert.Null(ToolStore.CommandFor(executable));
    }

    public void Dispose() => _toolPath.Delete(recursive: true);

    private string StoreFile(string path)
    {
        var file = Path.Combine(_toolPath.FullName, ".store", path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, []);
        return file;
    }
}
