namespace RoadmapGit.Core.Init;

/// <summary>Which evidence decided a <see cref="ModeProposal"/>.</summary>
public enum ModeReason
{
    /// <summary>More notes were written in one sitting, with a Completed mark, than grew: <c>written</c>.</summary>
    OneSitting,

    /// <summary>More notes grew over several commits than were written in one sitting: <c>marked</c>.</summary>
    Grew,

    /// <summary>As many of one as of the other: the default, <c>marked</c>.</summary>
    Tie,

    /// <summary>No note shows either habit yet: the default, <c>marked</c>.</summary>
    NoEvidence,
}
