namespace RoadmapGit.Core.Doctor;

/// <summary>What the notes say about themselves (front matter, a Status line) is something roadmap-git can read.</summary>
public sealed class NoteValuesCheck() : EngineFindingsCheck("note values", "unknown-status", "unknown-done", "unreadable-date", "unknown-status-line");
