using System.Text;

namespace RoadmapGit.Core.Files;

/// <summary>
/// Reads strings as <see cref="BinaryWriter.Write(string)"/> wrote them, giving one object for each
/// text met: a cache repeats a few phrasings thousands of times (how a note said it was done, the
/// key of a slip), and a run that reads from the cache allocates no memory it can give back.
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>Longer strings are rare and seldom repeated: they are read as they are.</summary>
    private const int LongestShared = 256;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public SharedStrings() => _byChars = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var length = reader.Read7BitEncodedInt();
        if (length is < 0 or > LongestShared)
        {
            // Never more than is left to read: a damaged length must not reserve memory first.
            var left = reader.BaseStream.CanSeek ? reader.BaseStream.Length - reader.BaseStream.Position : long.MaxValue;
            var bytes = length < 0 ? throw new FormatException("a string of negative length")
                : length > left ? throw new EndOfStreamException()
                : new byte[length];
            reader.BaseStream.ReadExactly(bytes);
            return Encoding.UTF8.GetString(bytes);
        }

        Span<byte> utf8 = stackalloc byte[LongestShared];
        utf8 = utf8[..length];
        reader.BaseStream.ReadExactly(utf8);
        Span<char> chars = stackalloc char[LongestShared];
        chars = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (_byChars.TryGetValue(chars, out var known))
        {
            return known;
        }

        var text = new string(chars);
        _texts[text] = text;
        return text;
    }
}
