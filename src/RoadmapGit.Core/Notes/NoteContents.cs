namespace RoadmapGit.Core.Notes;

/// <summary>
/// The notes' versions as one run sees them: each blob's text, reading and white-space-free form
/// is worked out once, whether the history walk (following a rename) or inference asks first.
/// </summary>
public sealed class NoteContents(Func<string, string> readText, NoteRules rules)
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NoteReading> _readings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _squeezed = new(StringComparer.Ordinal);

    public NoteReading Reading(string blobId)
    {
        if (!_readings.TryGetValue(blobId, out var reading))
        {
            reading = NoteAnalyzer.Analyze(Text(blobId), rules);
            _readings[blobId] = reading;
        }

        return reading;
    }

    /// <summary>True when two versions differ only in white space.</summary>
    public bool SameWords(string blobId, string otherBlobId) => Squeezed(blobId) == Squeezed(otherBlobId);

    private string Text(string blobId)
    {
        if (!_texts.TryGetValue(blobId, out var text))
        {
            text = readText(blobId);
            _texts[blobId] = text;
        }

        return text;
    }

    private string Squeezed(string blobId)
    {
        if (!_squeezed.TryGetValue(blobId, out var squeezed))
        {
            squeezed = NoteAnalyzer.WithoutWhitespace(Text(blobId));
            _squeezed[blobId] = squeezed;
        }

        return squeezed;
    }
}
