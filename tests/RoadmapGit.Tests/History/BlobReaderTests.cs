using System.Text;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.History;

/// <summary>
/// A run reads its first blobs through libgit2 and the rest through git: a note's text must not
/// depend on which of the two read it.
/// </summary>
public sealed class BlobReaderTests : IDisposable
{
    private static readonly (string Path, byte[] Bytes)[] Blobs =
    [
        ("plain.md", Encoding.UTF8.GetBytes("# HTTP\n\nStatus: done ✅\n")),
        ("bom.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# With a BOM\r\nStatus: in progress\r\n")]),
        ("latin1.md", [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" notes\n")]),
        ("utf16.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("# Wide\n")]),
        ("empty.md", []),
    ];

    private readonly TestRepo _repo = TestRepo.Create();

    public BlobReaderTests()
    {
        foreach (var (path, bytes) in Blobs)
        {
            _repo.WriteBytes("notes/" + path, bytes);
        }

        _repo.Git("add", "-A");
        _repo.GitAt("2026-03-01T10:00:00+00:00", "commit", "-q", "-m", "notes");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void EveryBlob_ReadsTheSameThroughLibgit2AndThroughGit()
    {
        var ids = Blobs.Select(b => _repo.Git("rev-parse", "HEAD:notes/" + b.Path).Trim()).ToList();
        var git = new GitCommandLine(_repo.Root, Path.Combine(_repo.Root, ".git"));
        using var inProcess = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: int.MaxValue);
        using var throughGit = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: 0);

        var read = ids.Select(inProcess.ReadText).ToList();

        Assert.Equal(read, ids.Select(throughGit.ReadText).ToList());
        Assert.Equal(["# HTTP\n\nStatus: done ✅\n", "# With a BOM\r\nStatus: in progress\r\n", "Caf\uFFFD notes\n", "# Wide\n", ""], read);
    }

    [Fact]
    public void ReplacedBlob_ReadsTheSameThroughLibgit2AndThroughGit()
    {
        var id = _repo.Git("rev-parse", "HEAD:notes/plain.md").Trim();
        var replacement = _repo.TryRunWithInput("# Replaced\n", "hash-object", "-w", "--stdin").Output.Trim();
        _repo.Git("replace", id, replacement);
        var git = new GitCommandLine(_repo.Root, Path.Combine(_repo.Root, ".git"));
        using var inProcess = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: int.MaxValue);
        using var throughGit = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: 0);

        Assert.Equal("# HTTP\n\nStatus: done ✅\n", inProcess.ReadText(id));
        Assert.Equal("# HTTP\n\nStatus: done ✅\n", throughGit.ReadText(id));
    }

    [Fact]
    public void CorruptBlob_FailsAlikeThroughLibgit2AndThroughGit()
    {
        var id = _repo.Git("rev-parse", "HEAD:notes/plain.md").Trim();
        var loose = _repo.Full(Path.Combine(".git", "objects", id[..2], id[2..]));
        File.SetAttributes(loose, FileAttributes.Normal);
        File.WriteAllBytes(loose, [1, 2, 3, 4, 5, 6, 7, 8]);
        var git = new GitCommandLine(_repo.Root, Path.Combine(_repo.Root, ".git"));
        using var inProcess = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: int.MaxValue);
        using var throughGit = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: 0);

        Assert.Throws<HistoryReadException>(() => inProcess.ReadText(id));
        Assert.Throws<HistoryReadException>(() => throughGit.ReadText(id));
    }

    [Fact]
    public void PastItsInProcessReads_TheReaderGoesOnThroughGit()
    {
        var ids = Blobs.Select(b => _repo.Git("rev-parse", "HEAD:notes/" + b.Path).Trim()).ToList();
        var git = new GitCommandLine(_repo.Root, Path.Combine(_repo.Root, ".git"));
        using var reader = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: 2);
        using var inProcess = new BlobReader(Path.Combine(_repo.Root, ".git"), git, inProcessReads: int.MaxValue);

        Assert.Equal(ids.Concat(ids).Select(inProcess.ReadText), ids.Concat(ids).Select(reader.ReadText));
    }
}
