namespace RoadmapGit.Core.Notes;

/// <summary>What one note version says, and a fingerprint of its words (its text without white space).</summary>
public sealed record CachedReading(NoteReading Reading, ulong WordsFingerprint);
