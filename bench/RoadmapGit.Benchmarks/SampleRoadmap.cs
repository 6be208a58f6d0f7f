using RoadmapGit.Bench.Generation;

namespace RoadmapGit.Benchmarks;

/// <summary>The roadmaps and repositories the benchmarks work on, made by the bench generator.</summary>
internal static class SampleRoadmap
{
    /// <summary>The README of a size-L repository: 5,000 rows in a few hundred sections.</summary>
    public static string LargeReadme() => RoadmapMarkdown.Render(RoadmapLayout.Create(RepositorySize.Large, new Prng(1)));

    /// <summary>A size-S repository (1,000 commits, 100 notes) in a new temp folder.</summary>
    public static GeneratedRepository SmallRepository() => RepositoryGenerator.Generate(
        Path.Combine(Path.GetTempPath(), "roadmap-git-benchmarks-" + Guid.NewGuid().ToString("N")[..8]), RepositorySize.Small, 1);

    /// <summary>A size-M repository (20,000 commits, 1,000 notes) in a new temp folder.</summary>
    public static GeneratedRepository MediumRepository() => RepositoryGenerator.Generate(
        Path.Combine(Path.GetTempPath(), "roadmap-git-benchmarks-" + Guid.NewGuid().ToString("N")[..8]), RepositorySize.Medium, 1);

    public static void Delete(GeneratedRepository repository) => Directory.Delete(repository.Directory, recursive: true);
}
