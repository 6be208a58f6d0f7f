namespace RoadmapGit.Core.Notes;

/// <summary>What one version of a note says about the topic.</summary>
/// <param name="Words">Real words after template lines, headings and empty items are dropped.</param>
/// <param name="Why">Where the explicit state was read, for <c>explain</c>.</param>
/// <param name="Slips">Values the note states about itself that could not be read, and so were ignored.</param>
public sealed record NoteReading(
    bool IsStub,
    int Words,
    ExplicitState Explicit,
    string Why,
    DateOnly? Started,
    DateOnly? Finished,
    IReadOnlyList<NoteSlip> Slips);
