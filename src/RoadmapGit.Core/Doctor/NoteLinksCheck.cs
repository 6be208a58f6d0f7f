namespace RoadmapGit.Core.Doctor;

/// <summary>Each row links a note inside the repository, and a link to a note that is not there is not a slip.</summary>
public sealed class NoteLinksCheck() : EngineFindingsCheck("note links", "missing-note", "no-note-link", "link-outside");
