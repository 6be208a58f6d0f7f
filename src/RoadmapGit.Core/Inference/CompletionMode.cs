namespace RoadmapGit.Core.Inference;

/// <summary>What a note with real content and no explicit state means.</summary>
public enum CompletionMode
{
    /// <summary>The topic is in progress until the note says it is done.</summary>
    Marked,

    /// <summary>The topic is complete from the commit that first gave the note real content.</summary>
    Written,
}
