namespace RoadmapGit.Bench.Generation;

/// <summary>What one commit does to a note.</summary>
internal enum NoteEventKind
{
    /// <summary>The note appears as a stub: headings, no content.</summary>
    CreateStub,

    /// <summary>The note appears with its first content, written in one sitting.</summary>
    CreateWritten,

    /// <summary>More content: a paragraph, a checked task.</summary>
    Fill,

    /// <summary>The note says it is done, in its own style.</summary>
    Complete,

    /// <summary>The note moves within its folder, with the same or slightly changed text; the roadmap's link follows.</summary>
    Rename,

    /// <summary>A finished note is taken up again.</summary>
    Reopen,

    /// <summary>Only white space changes.</summary>
    Touch,
}
