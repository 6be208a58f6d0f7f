using RoadmapGit.Core.History;

namespace RoadmapGit.Tests.Support;

/// <summary>Timelines as one text with every field of every version, so two reads compare in one assertion.</summary>
internal static class Timelines
{
    public static string Describe(IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> timelines) =>
        string.Join("\n", timelines.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => t.Value.Select(v =>
            $"{t.Key}: {v.CommitId} {v.Sequence} {v.AuthorDate:O} {v.Path} {v.BlobId} {v.Kind} {v.AtCut}")));
}
