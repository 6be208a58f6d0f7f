using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Update;

/// <summary>Everything one run computed: each roadmap's plan and each note's inferred values.</summary>
public sealed record EnginePlan(
    IReadOnlyList<FilePlan> Files,
    IReadOnlyDictionary<string, TopicResult> Results,
    IReadOnlyDictionary<string, string> RenamedNotes,
    DateOnly AsOf,
    IReadOnlyList<string> Warnings);
