using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;

namespace RoadmapGit.Core.Update;

/// <summary>Everything one run computed: each roadmap's plan, each note's inferred values, and what it found.</summary>
/// <param name="Record">The record of written cells as it should be after this run.</param>
/// <param name="RoadmapVersions">Each roadmap file's committed versions, oldest first, as the same walk read them.</param>
public sealed record EnginePlan(
    IReadOnlyList<FilePlan> Files,
    IReadOnlyDictionary<string, TopicResult> Results,
    IReadOnlyDictionary<string, string> RenamedNotes,
    DateOnly AsOf,
    IReadOnlyList<Diagnostic> Diagnostics,
    RecordPlan Record,
    IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> RoadmapVersions)
{
    public IEnumerable<CellChange> Changes => Files.SelectMany(f => f.Result.Changes);

    public IEnumerable<RowPlan> Rows => Files.SelectMany(f => f.Result.Rows);
}
