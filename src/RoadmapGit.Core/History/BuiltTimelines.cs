namespace RoadmapGit.Core.History;

/// <summary>What <see cref="TimelineBuilder"/> found.</summary>
/// <param name="TrackedPaths">Every path the walk looked at, older names of renamed notes included.</param>
public sealed record BuiltTimelines(
    IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> Timelines,
    IReadOnlyCollection<string> TrackedPaths);
