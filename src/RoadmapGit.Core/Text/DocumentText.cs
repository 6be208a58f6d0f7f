using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace RoadmapGit.Core.Text;

/// <summary>
/// A text file decoded without loss: remembers its byte-order mark so that encoding the text
/// again gives back the original bytes exactly.
/// </summary>
public sealed class DocumentText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private DocumentText(string text, bool hasBom)
    {
        Text = text;
        HasBom = hasBom;
    }

    public string Text { get; }

    public bool HasBom { get; }

    /// <summary>Decodes UTF-8 (with or without BOM); anything else is refused, never guessed.</summary>
    public static bool TryDecode(byte[] bytes, [NotNullWhen(true)] out DocumentText? document)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var offset = hasBom ? 3 : 0;
        try
        {
            document = new DocumentText(StrictUtf8.GetString(bytes, offset, bytes.Length - offset), hasBom);
            return true;
        }
        catch (DecoderFallbackException)
        {
            document = null;
            return false;
        }
    }

    public DocumentText WithText(string text) => new(text, HasBom);

    public byte[] Encode()
    {
        var body = StrictUtf8.GetBytes(Text);
        if (!HasBom)
        {
            return body;
        }

        var bytes = new byte[body.Length + 3];
        bytes[0] = 0xEF;
        bytes[1] = 0xBB;
        bytes[2] = 0xBF;
        body.CopyTo(bytes, 3);
        return bytes;
    }
}
