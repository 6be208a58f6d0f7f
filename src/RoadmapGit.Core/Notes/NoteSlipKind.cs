namespace RoadmapGit.Core.Notes;

/// <summary>A value a note states about itself that roadmap-git cannot read.</summary>
public enum NoteSlipKind
{
    /// <summary>Front matter <c>status:</c> with a value that is none of the states.</summary>
    UnknownStatus,

    /// <summary>Front matter <c>done:</c> with a value other than true or false.</summary>
    UnknownDone,

    /// <summary>Front matter <c>started:</c> or <c>finished:</c> that is not a date in an accepted format.</summary>
    UnreadableDate,

    /// <summary>A <c>Status:</c> line in the body whose value reads as no state.</summary>
    UnknownStatusLine,
}
