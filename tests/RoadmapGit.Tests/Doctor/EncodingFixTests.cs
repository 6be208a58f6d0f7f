using System.Text;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Doctor;
using RoadmapGit.Core.Files;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Doctor;

/// <summary><c>doctor --fix-encoding</c> on files in a repository: repaired in place, or left byte for byte.</summary>
public sealed class EncodingFixTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void SharedSample_IsWrittenBackAsTheOriginal_ListingEachDestroyedCharacterByLine()
    {
        _repo.Commit("2026-02-01T09:00:00+01:00", "roadmap", ("README.md", Fixture.Text("backend-roadmap.mojibake.md")));

        var findings = Fix();

        var original = Fixture.Text("backend-roadmap.md").Split('\n');
        var repaired = _repo.Read("README.md").Split('\n');
        var differing = Enumerable.Range(0, original.Length).Where(i => original[i] != repaired[i]).Select(i => i + 1);
        Assert.Equal(
            "README.md: repaired: its UTF-8 text had been read as Windows-1254 and saved again; 147 characters on 147 lines mended, 10 characters could not be (below)",
            findings[0].ToString());
        Assert.Equal([20, 51, 62, 97, 150, 174, 193, 202, 202, 236], findings.Skip(1).Select(f => f.Line!.Value));
        Assert.Equal(findings.Skip(1).Select(f => f.Line!.Value).Distinct(), differing);
        Assert.False(_repo.Read("README.md").EndsWith('\n'));
    }

    [Fact]
    public void ByteOrderMarkAndCrlf_AreKept()
    {
        var original = "\uFEFF| Topic | Status |\r\n| HTTP | ✅ Completed |\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var mangled = Encoding.GetEncoding(1254).GetString(Encoding.UTF8.GetBytes(original[1..]));
        _repo.WriteBytes("README.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(mangled)]);

        Fix();

        Assert.Equal(Encoding.UTF8.GetBytes(original), _repo.ReadBytes("README.md"));
    }

    [Theory]
    [InlineData(new byte[] { 0x7C, 0x20, 0x43, 0x61, 0x66, 0xE9, 0x20, 0x7C, 0x0A }, "not-utf8")]
    [InlineData(new byte[] { 0x7C, 0x20, 0x43, 0x61, 0x66, 0xC3, 0xA9, 0x20, 0xE2, 0x9C, 0x85, 0x20, 0x7C, 0x0A }, "encoding-clean")]
    public void FileItCannotOrNeedNotRepair_StaysByteForByte(byte[] bytes, string code)
    {
        _repo.WriteBytes("README.md", bytes);
        var written = File.GetLastWriteTimeUtc(_repo.Full("README.md"));

        var finding = Assert.Single(Fix());

        Assert.Equal(code, finding.Code);
        Assert.Equal(bytes, _repo.ReadBytes("README.md"));
        Assert.Equal(written, File.GetLastWriteTimeUtc(_repo.Full("README.md")));
    }

    private List<Core.Diagnostics.Diagnostic> Fix() => EncodingFix.Run(new WorkTree(_repo.Root), RoadmapConfig.Default).ToList();
}
