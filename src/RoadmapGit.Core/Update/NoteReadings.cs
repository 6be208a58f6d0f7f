using RoadmapGit.Core.History;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Core.Update;

/// <summary>The readings of the notes' versions, gathered for inference.</summary>
internal static class NoteReadings
{
    /// <summary>
    /// What each version of each note says, the notes' versions read together (see
    /// <see cref="NoteContents.ReadAll"/>): one list a note, in the order of its versions, and an
    /// empty one for a note without versions. Read on every commit, so without a chain of enumerators.
    /// </summary>
    public static ArraySegment<CachedReading?>[] Of(NoteContents contents, IReadOnlyList<NoteVersion>?[] notes)
    {
        var first = new int[notes.Length + 1];
        for (var i = 0; i < notes.Length; i++)
        {
            first[i + 1] = first[i] + (notes[i]?.Count ?? 0);
        }

        var ids = new string?[first[^1]];
        for (var i = 0; i < notes.Length; i++)
        {
            if (notes[i] is { } versions)
            {
                for (var v = 0; v < versions.Count; v++)
                {
                    ids[first[i] + v] = versions[v].BlobId;
                }
            }
        }

        var read = contents.ReadAll(ids);
        var readings = new ArraySegment<CachedReading?>[notes.Length];
        for (var i = 0; i < notes.Length; i++)
        {
            readings[i] = new(read, first[i], first[i + 1] - first[i]);
        }

        return readings;
    }
}
