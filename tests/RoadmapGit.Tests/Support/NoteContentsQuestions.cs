using RoadmapGit.Core.Notes;

namespace RoadmapGit.Tests.Support;

/// <summary>Questions the tests ask of a run's note versions, in the terms inference uses.</summary>
internal static class NoteContentsQuestions
{
    /// <summary>True when two versions differ only in white space: their words' fingerprints are one.</summary>
    public static bool SameWords(this NoteContents contents, string blobId, string otherBlobId) =>
        contents.Version(blobId).WordsFingerprint == contents.Version(otherBlobId).WordsFingerprint;
}
