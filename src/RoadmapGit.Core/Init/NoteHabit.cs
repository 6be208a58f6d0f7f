namespace RoadmapGit.Core.Init;

/// <summary>What one note's history tells about how its learner works.</summary>
public enum NoteHabit
{
    /// <summary>Nothing either way: no real content yet, or one commit of it with no Completed mark beside it.</summary>
    None,

    /// <summary>Its real content came in one commit that also marked its row Completed by hand.</summary>
    OneSitting,

    /// <summary>Its real content grew over several commits.</summary>
    Grew,
}
