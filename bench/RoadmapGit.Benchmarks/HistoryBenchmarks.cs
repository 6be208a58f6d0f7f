using BenchmarkDotNet.Attributes;
using RoadmapGit.Bench.Generation;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Benchmarks;

/// <summary>Reading every note's timeline from a size-S repository (1,000 commits, 100 notes).</summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private GeneratedRepository _generated = null!;
    private GitRepository _repository = null!;
    private List<string> _notes = [];

    [GlobalSetup]
    public void Setup()
    {
        _generated = SampleRoadmap.SmallRepository();
        _repository = GitRepository.Open(_generated.Directory)!;
        var readme = File.ReadAllText(Path.Combine(_generated.Directory, "README.md"));
        _notes = RoadmapParser.Parse("README.md", readme).Rows.Where(r => r.Note is not null).Select(r => r.Note!.Path).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _repository.Dispose();
        SampleRoadmap.Delete(_generated);
    }

    [Benchmark]
    public IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> Walk() => _repository.History.ReadTimelines(new HistoryQuery([_repository.HeadId!], _notes, [], _ => true));
}
