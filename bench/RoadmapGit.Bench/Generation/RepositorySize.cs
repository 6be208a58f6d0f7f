using System.Globalization;

namespace RoadmapGit.Bench.Generation;

/// <summary>The shape of a generated repository: how many commits, how many notes, over how many note folders.</summary>
internal sealed record RepositorySize(string Name, int Commits, int Notes, int Folders)
{
    public static RepositorySize Small { get; } = Of("S", 1_000, 100);

    public static RepositorySize Medium { get; } = Of("M", 20_000, 1_000);

    public static RepositorySize Large { get; } = Of("L", 100_000, 5_000);

    /// <summary>A size with the default number of note folders: a few, growing slowly with the notes.</summary>
    public static RepositorySize Of(string name, int commits, int notes) =>
        new(name, commits, notes, Math.Clamp((int)Math.Ceiling(Math.Sqrt(notes) / 3), 2, 24));

    /// <summary>S, M, L, or COMMITSxNOTES (for example 5000x300).</summary>
    public static bool TryParse(string text, out RepositorySize size)
    {
        size = text.ToUpperInvariant() switch
        {
            "S" => Small,
            "M" => Medium,
            "L" => Large,
            _ => null!,
        };
        if (size is not null)
        {
            return true;
        }

        var parts = text.Split('x', 'X');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var commits)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var notes)
            && commits >= 10 && notes >= 1)
        {
            size = Of(text, commits, notes);
            return true;
        }

        return false;
    }

    /// <summary>The same commits, twice the notes in the same folders: cost must follow changes, not notes.</summary>
    public RepositorySize WithNotesDoubled() => this with { Name = Name + " notes ×2", Notes = Notes * 2 };

    /// <summary>Twice the commits over the same notes: cost must grow with the commits that touch notes.</summary>
    public RepositorySize WithCommitsDoubled() => this with { Name = Name + " commits ×2", Commits = Commits * 2 };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({Commits:N0} commits, {Notes:N0} notes in {Folders} folders)");
}
