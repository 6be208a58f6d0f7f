using System.Text;
using RoadmapGit.Core.Git;

namespace RoadmapGit.Tests.Git;

/// <summary>
/// A note's bytes become the text a reader that honours byte order marks makes of them (what
/// libgit2 hands out), though most are decoded without one: a mark of any kind, a lone first byte
/// that only looks like one, and bytes that are not UTF-8 all read the same either way.
/// </summary>
public sealed class BlobDecodingTests
{
    public static TheoryData<string, byte[]> Texts() => new()
    {
        { "plain", Encoding.UTF8.GetBytes("# Caching\n\n- [x] read it\n") },
        { "empty", [] },
        { "one byte", [0xEF] },
        { "UTF-8 mark", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("status: done ✅")] },
        { "UTF-16 LE mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("status: done")] },
        { "UTF-16 BE mark", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("status: done")] },
        { "UTF-32 LE mark", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("status: done")] },
        { "UTF-32 BE mark", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes("done")] },
        { "looks like a mark", [0xEF, 0xBB, 0x41, 0x42] },
        { "starts with NUL", [0x00, 0x41, 0x42] },
        { "not UTF-8", [0x61, 0xC3, 0x28, 0xFF, 0xE2, 0x82] },
        { "a mark, then not UTF-8", [0xEF, 0xBB, 0xBF, 0xC3, 0x28] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReadsAsAReaderThatHonoursMarks(string name, byte[] bytes)
    {
        Assert.NotNull(name);
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);

        Assert.Equal(reader.ReadToEnd(), BlobReader.Decode(bytes));
    }
}
