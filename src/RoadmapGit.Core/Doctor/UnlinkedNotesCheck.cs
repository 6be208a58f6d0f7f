namespace RoadmapGit.Core.Doctor;

/// <summary>Every note in the notes folder is some row's note.</summary>
public sealed class UnlinkedNotesCheck() : EngineFindingsCheck("unlinked notes", "unlinked-note");
