using System.Text;

namespace RoadmapGit.Core.Doctor;

/// <summary>
/// Finds and undoes UTF-8 that was once decoded as Windows-1252 or Windows-1254 and saved again
/// (<c>✅</c> became <c>âœ…</c>, <c>🟡</c> became <c>ğŸŸ¡</c>): each run of such characters is turned
/// back into the bytes it came from and read as UTF-8 again. Bytes those code pages have no
/// character for were dropped on the way; a character that lost one cannot be known, and is
/// written as U+FFFD and listed. Text that does not decode this way (a real <c>é</c>) is left alone.
/// </summary>
public static class Mojibake
{
    public const char Lost = '\uFFFD';

    private static readonly (int CodePage, string Name)[] CodePages = [(1252, "Windows-1252"), (1254, "Windows-1254")];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Dictionary<char, (byte Byte, string? OnlyIn)> Bytes = ByteOfEachCharacter();

    public static MojibakeRepair Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var repaired = new StringBuilder(text.Length);
        var lost = new List<LostCharacter>();
        var mendedLines = new HashSet<int>();
        var mended = 0;
        (int Line, string Mangled, string Repaired)? first = null;
        string? codePage = null;
        var line = 1;
        for (var i = 0; i < text.Length;)
        {
            var need = Bytes.TryGetValue(text[i], out var lead) ? Continuations(lead.Byte) : 0;
            var end = i + 1;
            var bytes = need > 0 ? new List<byte> { lead.Byte } : null;
            while (bytes is not null && bytes.Count <= need && end < text.Length && Bytes.TryGetValue(text[end], out var next) && next.Byte is >= 0x80 and <= 0xBF)
            {
                bytes.Add(next.Byte);
                end++;
            }

            var got = end - i - 1;
            if (bytes is not null && got == need && TryUtf8([.. bytes], out var character))
            {
                repaired.Append(character);
                mended++;
                mendedLines.Add(line);
                first ??= (line, text[i..end], character);
                codePage ??= text[i..end].Select(c => Bytes[c].OnlyIn).FirstOrDefault(n => n is not null);
                i = end;
            }
            else if (bytes is not null && got > 0)
            {
                repaired.Append(Lost);
                lost.Add(new LostCharacter(line, HintOf(bytes)));
                i = end;
            }
            else
            {
                line += text[i] == '\n' ? 1 : 0;
                repaired.Append(text[i]);
                i++;
            }
        }

        // Without one character mended, a broken-looking pair is text as the learner wrote it.
        return mended == 0
            ? new MojibakeRepair(text, 0, 0, [], null, CodePages[0].Name)
            : new MojibakeRepair(repaired.ToString(), mended, mendedLines.Count, lost, first, codePage ?? CodePages[0].Name);
    }

    /// <summary>The one-based lines that hold a character a mangling destroyed, once each.</summary>
    public static IEnumerable<int> LinesWithLost(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(Lost, StringComparison.Ordinal))
            {
                yield return i + 1;
            }
        }
    }

    private static int Continuations(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 1,
        >= 0xE0 and <= 0xEF => 2,
        >= 0xF0 and <= 0xF4 => 3,
        _ => 0,
    };

    private static bool TryUtf8(byte[] bytes, out string character)
    {
        try
        {
            character = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            character = string.Empty;
            return false;
        }
    }

    /// <summary>What the remaining bytes say the lost character was: four bytes from F0 9F are emoji, EF B8 the mark after one.</summary>
    private static LostHint HintOf(List<byte> bytes) => bytes switch
    {
        [0xF0, 0x9F, ..] => LostHint.Emoji,
        [0xEF, 0xB8, ..] => LostHint.EmojiMark,
        _ => LostHint.Unknown,
    };

    /// <summary>Each character of either code page above ASCII, the byte it stands for, and the one code page that has it, if only one does.</summary>
    private static Dictionary<char, (byte, string?)> ByteOfEachCharacter()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var found = new Dictionary<char, (byte Byte, List<string> In)>();
        foreach (var (number, name) in CodePages)
        {
            var encoding = Encoding.GetEncoding(number, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            for (var value = 0x80; value <= 0xFF; value++)
            {
                string decoded;
                try
                {
                    decoded = encoding.GetString([(byte)value]);
                }
                catch (DecoderFallbackException)
                {
                    continue;
                }

                if (decoded.Length == 1 && (!found.TryGetValue(decoded[0], out var known) || known.Byte == value))
                {
                    found.TryAdd(decoded[0], ((byte)value, []));
                    found[decoded[0]].In.Add(name);
                }
            }
        }

        return found.ToDictionary(f => f.Key, f => (f.Value.Byte, f.Value.In.Count == 1 ? f.Value.In[0] : null));
    }
}
