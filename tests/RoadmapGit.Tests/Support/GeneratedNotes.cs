namespace RoadmapGit.Tests.Support;

/// <summary>Note texts named as blobs are (<c>blob000</c>, <c>blob001</c> ...): every third a stub, the rest marked done or in progress.</summary>
internal static class GeneratedNotes
{
    public static Dictionary<string, string> Texts(int count) => Enumerable.Range(0, count).ToDictionary(
        i => $"blob{i:D3}",
        i => i % 3 == 0 ? "# Title\n" : $"---\nstatus: {(i % 2 == 0 ? "done" : "in-progress")}\n---\n# Topic {i}\n\nSome words about topic {i} and more.\n");
}
