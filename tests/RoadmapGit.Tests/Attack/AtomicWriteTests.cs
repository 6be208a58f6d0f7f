using RoadmapGit.Core;
using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// A roadmap is replaced in one step (a new file beside it, flushed, renamed over it), so a crash
/// or a full disk leaves the old file or the new one, never half of one; its mode survives, and a
/// link inside the repository is written through to its target.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AtomicWriteTests(PackedTool tool) : IDisposable
{
    private readonly TestRepo _repo = AttackRepo.CreateStarted();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Update_WritesANewFileRatherThanTruncatingTheOldOne()
    {
        // A second name for the same file sees every in-place write; a file renamed over the roadmap leaves it alone.
        Link(_repo.Full("README.md"), _repo.Full("second-name.md"));
        File.SetUnixFileMode(_repo.Full("README.md"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        Update();

        Assert.Equal("🟡 In Progress", AttackRepo.RowA(_repo.Read("README.md"))[0]);
        Assert.Equal(AttackRepo.Roadmap, _repo.Read("second-name.md"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(_repo.Full("README.md")));
        Assert.DoesNotContain(Directory.GetFiles(_repo.Root), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void RoadmapLinkedInsideTheRepository_IsWrittenThroughTheLink()
    {
        Directory.CreateDirectory(_repo.Full("docs"));
        File.Move(_repo.Full("README.md"), _repo.Full("docs/roadmap.md"));
        File.CreateSymbolicLink(_repo.Full("README.md"), "docs/roadmap.md");

        Update();

        Assert.Equal("docs/roadmap.md", new FileInfo(_repo.Full("README.md")).LinkTarget);
        Assert.Equal("🟡 In Progress", AttackRepo.RowA(_repo.Read("docs/roadmap.md"))[0]);
    }

    [Fact]
    public void TemplateThatIsAFifo_IsNeverOpened()
    {
        var (code, _, error) = ChildProcess.Run("mkfifo", _repo.Root, ["notes/_template.md"]);
        Assert.True(code == 0, error);

        var text = Roadmaps.Update(_repo);

        Assert.Equal("🟡 In Progress", AttackRepo.RowA(text)[0]);
    }

    private void Update()
    {
        var (code, output, error) = tool.Run(_repo.Root, "update");
        Assert.True(code == 0, output + error);
    }

    private static void Link(string existing, string name)
    {
        var (code, _, error) = ChildProcess.Run("ln", Path.GetDirectoryName(existing)!, [existing, name]);
        Assert.True(code == 0, error);
    }
}
