using LibGit2Sharp;
using RoadmapGit.Core;
using RoadmapGit.Core.Git;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Git;

/// <summary>Discovery calls libgit2 itself, so it must load LibGit2Sharp's library and answer as LibGit2Sharp's own discovery does.</summary>
public sealed class RepositoryDiscoveryTests
{
    [Fact]
    public void NativeLibrary_IsTheOneLibGit2SharpLoads()
    {
        // A LibGit2Sharp update that ships another libgit2 build renames its library; this call must follow.
        var name = typeof(Repository).Assembly.GetType("LibGit2Sharp.Core.NativeDllName")!.GetField("Name")!.GetRawConstantValue();

        Assert.Equal(name, RepositoryDiscovery.Library);
    }

    [Fact]
    public void FromASubfolder_FindsTheGitDirectoryAsLibGit2SharpDoes()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/deep/http.md", "# HTTP\n"));
        var start = repo.Full("notes/deep");

        var found = RepositoryDiscovery.GitDirectory(start);

        Assert.NotNull(found);
        Assert.Equal(Repository.Discover(start), found);
    }

    [Fact]
    public void BelowACeilingDirectory_FindsNothingAsGitDoes()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-09T10:00:00+00:00", "start", ("learning/notes/http.md", "# HTTP\n"));
        var start = repo.Full("learning/notes");

        var found = RepositoryDiscovery.GitDirectory(start, repo.Root);

        Assert.Null(found);
        Assert.Equal(128, ChildProcess.Run("git", start, ["rev-parse", "--git-dir"], environment =>
        {
            TestRepo.ApplyGitEnvironment(environment);
            environment["GIT_CEILING_DIRECTORIES"] = repo.Root;
        }).ExitCode);
    }

    [Fact]
    public void AtACeilingDirectory_FindsItsOwnRepository()
    {
        using var repo = TestRepo.Create();
        repo.Commit("2026-02-09T10:00:00+00:00", "start", ("notes/http.md", "# HTTP\n"));

        var found = RepositoryDiscovery.GitDirectory(repo.Root, repo.Root + Path.PathSeparator + Path.GetDirectoryName(repo.Root));

        Assert.Equal(Repository.Discover(repo.Root), found);
    }

    [Fact]
    public void OutsideAnyRepository_FindsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("roadmap-git-no-repo-");
        try
        {
            // The temp folder may itself lie inside a repository on some machines; the two must still agree.
            Assert.Equal(Repository.Discover(folder.FullName), RepositoryDiscovery.GitDirectory(folder.FullName));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
