using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// Every file the tool reads or writes resolves inside the work tree, through links too, or it is
/// one error line (exit code 2) and nothing outside is read or changed.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class WorkTreeBoundaryTests : IDisposable
{
    private const string Outside = "|T|Status|Start|\n|-|-|-|\n|A|old|old| [A](/notes/a.md)\n";
    private readonly PackedTool _tool;
    private readonly TestRepo _repo = AttackRepo.CreateStarted();
    private readonly string _outside;

    public WorkTreeBoundaryTests(PackedTool tool)
    {
        _tool = tool;
        _outside = _repo.Root + "-outside";
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "x.md"), Outside);
    }

    public void Dispose()
    {
        _repo.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Theory]
    [InlineData("absolute")]
    [InlineData("../x.md")]
    public void ConfiguredRoadmapOutside_IsOneErrorAndStaysAsItWas(string entry)
    {
        var path = entry == "absolute" ? Path.Combine(_outside, "x.md") : "../" + Path.GetFileName(_outside) + "/x.md";
        _repo.Write(".roadmap-git.json", $"{{\"roadmaps\":[\"{path}\"]}}");

        AssertOneError("update", "roadmap file", "lies outside the repository's work tree");

        Assert.Equal(Outside, File.ReadAllText(Path.Combine(_outside, "x.md")));
    }

    [Fact]
    public void RoadmapLinkedOutside_IsNeitherReadNorWritten()
    {
        File.Delete(_repo.Full("README.md"));
        File.CreateSymbolicLink(_repo.Full("README.md"), Path.Combine(_outside, "x.md"));

        AssertOneError("update", "roadmap file 'README.md'", "outside");

        Assert.Equal(Outside, File.ReadAllText(Path.Combine(_outside, "x.md")));
    }

    [Theory]
    [InlineData("template")]
    [InlineData("ignoreRevsFile")]
    public void ConfiguredFileOutside_IsOneError(string key)
    {
        _repo.Write(".roadmap-git.json", $"{{\"{key}\":\"{Path.Combine(_outside, "x.md")}\"}}");

        AssertOneError("update", key == "template" ? "note template" : "ignore-revs file", "outside");
    }

    [Fact]
    public void ConfigFileLinkedOutside_IsNeverRead()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.json"), "{\"completion\":\"secret-value\"}");
        File.CreateSymbolicLink(_repo.Full(".roadmap-git.json"), Path.Combine(_outside, "secret.json"));

        var error = AssertOneError("update", "configuration file", "outside");

        Assert.DoesNotContain("secret-value", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes/_template.md")]
    [InlineData(".git-blame-ignore-revs")]
    [InlineData(".roadmap-git.json")]
    public void CommittedLinkToDevZero_IsOneErrorNotAnEndlessRead(string path)
    {
        File.CreateSymbolicLink(_repo.Full(path), "/dev/zero");

        AssertOneError("update", "'" + path + "'", "outside");
    }

    [Fact]
    public void LinkedFolderThatLeadsOutside_IsOneError()
    {
        Directory.Delete(_repo.Full("notes"), recursive: true);
        Directory.CreateDirectory(Path.Combine(_outside, "notes"));
        File.WriteAllText(Path.Combine(_outside, "notes", "_template.md"), "# Template\n");
        Directory.CreateDirectory(_repo.Full("docs"));
        File.CreateSymbolicLink(_repo.Full("docs/away"), _outside);
        File.CreateSymbolicLink(_repo.Full("notes"), "docs/away/notes");

        AssertOneError("update", "note template 'notes/_template.md'", "outside");
    }

    [Fact]
    public void LinkLoop_IsOneError()
    {
        File.CreateSymbolicLink(_repo.Full("notes/_template.md"), "loop.md");
        File.CreateSymbolicLink(_repo.Full("notes/loop.md"), "_template.md");

        AssertOneError("update", "note template 'notes/_template.md'", "loop");
    }

    private string AssertOneError(string command, params string[] says)
    {
        var (code, output, error) = _tool.Run(_repo.Root, command);
        Assert.True(code == 2, output + error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("roadmap-git: error: ", error, StringComparison.Ordinal);
        foreach (var part in says)
        {
            Assert.Contains(part, error, StringComparison.Ordinal);
        }

        return error;
    }
}
