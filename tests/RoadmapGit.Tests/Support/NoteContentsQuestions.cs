using RoadmapGit.Core.Notes;

namespace RoadmapGit.Tests.Support;

/// <summary>Questions the tests ask of a run's note versions, in the terms inference uses.</summary>
internal static class NoteContentsQuestions
{
    /// <summary>True when two versions differ only in white space: their words' fingerprints are one.</summary>
    /// <remarks>Asked as inference asks: both versions read at once.</remarks>
    public static bool SameWords(this NoteContents contents, string blobId, string otherBlobId) =>
        contents.ReadAll([blobId, otherBlobId]) is [{ } one, { } other] && one.WordsFingerprint == other.WordsFingerprint;
}
