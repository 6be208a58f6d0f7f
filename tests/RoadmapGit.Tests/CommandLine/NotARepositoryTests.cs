using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.CommandLine;

/// <summary>Folders that look like a repository and are none: each is the one usage error, never a crash.</summary>
public sealed class NotARepositoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "roadmap-git-not-a-repo-" + Guid.NewGuid().ToString("N")[..8]);

    public NotARepositoryTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AGitFilePointingNowhere_IsNotARepository()
    {
        File.WriteAllText(Path.Combine(_folder, ".git"), "gitdir: ./nowhere/at/all\n");

        AssertNotARepository("update");
    }

    [Fact]
    public void AnEmptyGitFolder_IsNotARepository()
    {
        Directory.CreateDirectory(Path.Combine(_folder, ".git"));

        AssertNotARepository("report");
    }

    [Fact]
    public void AGitFolderWithoutHead_IsNotARepository()
    {
        using var repo = TestRepo.Create();
        File.Delete(repo.Full(".git/HEAD"));

        AssertNotARepositoryIn(repo.Root, "update", "--check");
    }

    private void AssertNotARepository(params string[] args) => AssertNotARepositoryIn(_folder, args);

    private static void AssertNotARepositoryIn(string folder, params string[] args)
    {
        var (code, output, error) = InProcessTool.RunIn(folder, args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("roadmap-git: error: not inside a git work tree.", error, StringComparison.Ordinal);
    }
}
