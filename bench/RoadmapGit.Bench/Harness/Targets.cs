using System.Globalization;
using System.Text.RegularExpressions;
using RoadmapGit.Bench.Generation;

namespace RoadmapGit.Bench.Harness;

/// <summary>Makes the repositories to measure: generated ones, and the tool's own demo.</summary>
internal static partial class Targets
{
    public static BenchTarget Generated(string directory, RepositorySize size, ulong seed, IReadOnlyList<RunKind> kinds)
    {
        var repository = RepositoryGenerator.Generate(directory, size, seed);
        return new BenchTarget(
            size.Name,
            directory,
            size.Commits,
            size.Notes,
            NoteCommits(directory, repository.NoteFolders),
            repository.NoteFolders,
            repository.StagedNote ?? throw new InvalidOperationException($"{size.Name} has no note to stage"),
            kinds,
            string.Create(CultureInfo.InvariantCulture, $"generated in {repository.Elapsed.TotalSeconds:0.0} s, HEAD {repository.Head[..12]}"));
    }

    /// <summary>The repository <c>roadmap-git demo</c> builds: the sample roadmap and a month of notes committed through the hook.</summary>
    public static BenchTarget Demo(string directory, string tool)
    {
        var parent = Path.GetDirectoryName(directory)!;
        Directory.CreateDirectory(parent);
        var made = Measuring.ProcessMeter.Run(tool, ["demo", "--directory", directory], parent, TimeSpan.FromMinutes(10));
        if (!made.Succeeded)
        {
            throw new InvalidOperationException($"roadmap-git demo failed: {made.Error}");
        }

        string[] folders = ["notes"];
        var notes = Git.Run(directory, "ls-files", "--", "notes").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var links = NoteLink().Count(File.ReadAllText(Path.Combine(directory, "README.md")));
        return new BenchTarget(
            "demo",
            directory,
            int.Parse(Git.Run(directory, "rev-list", "--count", "HEAD").Trim(), CultureInfo.InvariantCulture),
            links,
            NoteCommits(directory, folders),
            folders,
            notes[^1],
            RunKinds.All,
            "made by roadmap-git demo");
    }

    private static int NoteCommits(string directory, IReadOnlyList<string> folders) =>
        int.Parse(Git.Run(directory, ["rev-list", "--count", "HEAD", "--", .. folders]).Trim(), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\]\(\./notes/")]
    private static partial Regex NoteLink();
}
