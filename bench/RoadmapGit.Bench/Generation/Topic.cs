namespace RoadmapGit.Bench.Generation;

/// <summary>One row of the roadmap and the note it links to; the note's path changes when it is renamed.</summary>
internal sealed class Topic(int number, string numberText, string title, string slug, string folder, NoteStyle style)
{
    public int Number { get; } = number;

    public string Title { get; } = title;

    public string Folder { get; } = folder;

    public NoteStyle Style { get; } = style;

    public string Slug { get; private set; } = slug;

    public string Path => $"{Folder}/{numberText}-{Slug}.md";

    /// <summary>Renames the note within its folder, as <c>git mv</c> would; returns the old path.</summary>
    public string Rename(string newSlug)
    {
        var old = Path;
        Slug = newSlug;
        return old;
    }
}
