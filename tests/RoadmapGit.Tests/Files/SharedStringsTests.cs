using System.Text;
using RoadmapGit.Core.Files;

namespace RoadmapGit.Tests.Files;

/// <summary>
/// Cache formats read their repeated strings through one table: each must read exactly as
/// <see cref="BinaryReader.ReadString"/> reads it, bytes that are not UTF-8 included, and the same
/// text must come back as the same object.
/// </summary>
public sealed class SharedStringsTests
{
    private static readonly string[] Texts =
    [
        "", "its Status line says '✅ Completed'", "all 7 tasks are checked", "status", "日本語のノート", "🎉 done",
        new string('x', 256), new string('é', 200), new string('y', 5000),
    ];

    [Fact]
    public void EveryStringReadsAsBinaryReaderReadsIt()
    {
        var bytes = Written(Texts);
        var expected = ReadAll(bytes, reader => reader.ReadString());
        var shared = new SharedStrings();

        Assert.Equal(expected, ReadAll(bytes, shared.Read));
    }

    [Fact]
    public void BytesThatAreNotUtf8_ReadAsBinaryReaderReadsThem()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            byte[] broken = [0x61, 0xC3, 0x28, 0xFF, 0xE2, 0x82];
            writer.Write7BitEncodedInt(broken.Length);
            writer.Write(broken);
        }

        var expected = ReadAll(stream.ToArray(), reader => reader.ReadString());
        Assert.Equal(expected, ReadAll(stream.ToArray(), new SharedStrings().Read));
    }

    [Fact]
    public void TheSameText_IsTheSameObject()
    {
        var shared = new SharedStrings();
        var read = ReadAll(Written(["done", "other", "done", "done"]), shared.Read);

        Assert.Same(read[0], read[2]);
        Assert.Same(read[0], read[3]);
        Assert.NotSame(read[0], read[1]);
    }

    [Fact]
    public void ATruncatedString_IsAnError()
    {
        var bytes = Written(["a note's words"]);

        Assert.Throws<EndOfStreamException>(() => ReadAll(bytes[..^3], new SharedStrings().Read));
    }

    [Fact]
    public void ALengthBeyondTheBytesLeft_IsAnErrorBeforeAnythingIsReserved()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(int.MaxValue);
            writer.Write([1, 2, 3]);
        }

        Assert.Throws<EndOfStreamException>(() => ReadAll(stream.ToArray(), new SharedStrings().Read));
    }

    private static byte[] Written(IEnumerable<string> texts)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var text in texts)
            {
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }

    private static List<string> ReadAll(byte[] bytes, Func<BinaryReader, string> read)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var texts = new List<string>();
        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            texts.Add(read(reader));
        }

        return texts;
    }
}
