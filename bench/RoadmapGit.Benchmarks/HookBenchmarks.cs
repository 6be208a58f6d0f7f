using BenchmarkDotNet.Attributes;
using RoadmapGit.Bench;
using RoadmapGit.Bench.Generation;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Hooks;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Benchmarks;

/// <summary>
/// The hook's work on a size-M repository (1,000 rows) with one note staged, in a process that has
/// run it before: what a commit costs once nothing is left to compile or load. Set beside the whole
/// process the harness times, the difference is what starting costs.
/// </summary>
[MemoryDiagnoser]
public class HookBenchmarks
{
    private static readonly DateTimeOffset CommitDate = new(2030, 1, 7, 9, 0, 0, TimeSpan.FromHours(3));
    private GeneratedRepository _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        _generated = SampleRoadmap.MediumRepository();
        var directory = _generated.Directory;

        // The roadmap as a learner who uses the hook has it: brought up to date and committed.
        using (var repository = GitRepository.Open(directory)!)
        {
            var plan = new RoadmapEngine(repository, repository.History, ConfigLoader.Load(directory), TimeProvider.System)
                .Plan(new PlanRequest(RoadmapSource.WorkingTree));
            foreach (var file in plan.Files)
            {
                File.WriteAllBytes(Path.Combine(directory, file.Path), file.NewBytes);
            }

            File.WriteAllBytes(Path.Combine(directory, Core.Ownership.WrittenCells.FileName), plan.Record.NewBytes);
        }

        Git.Run(directory, "add", "-A");
        Git.Commit(directory, "Roadmap brought up to date", "2030-01-06T20:00:00+03:00");
        File.AppendAllText(Path.Combine(directory, _generated.StagedNote!), "\nOne more paragraph, written today, about what was learned.\n");
        Git.Run(directory, "add", "--", _generated.StagedNote!);
        Run();
    }

    [GlobalCleanup]
    public void Cleanup() => SampleRoadmap.Delete(_generated);

    /// <summary>What <c>roadmap-git hook run pre-commit</c> does, from opening the repository on.</summary>
    [Benchmark]
    public PreCommitOutcome Run()
    {
        using var repository = GitRepository.Open(_generated.Directory)!;
        return PreCommitRunner.Run(repository, ConfigLoader.Load(_generated.Directory), new PreCommitContext(CommitDate, Amending: false), TimeProvider.System);
    }
}
