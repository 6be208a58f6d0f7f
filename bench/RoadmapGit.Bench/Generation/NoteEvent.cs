namespace RoadmapGit.Bench.Generation;

/// <summary>One change to one note, in the order history makes them.</summary>
internal sealed record NoteEvent(Topic Topic, NoteEventKind Kind);
