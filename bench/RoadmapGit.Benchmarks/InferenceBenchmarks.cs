using BenchmarkDotNet.Attributes;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Benchmarks;

/// <summary>Inferring every topic of a size-S repository from timelines and note texts already in memory.</summary>
[MemoryDiagnoser]
public class InferenceBenchmarks
{
    private readonly Dictionary<string, string> _texts = [];
    private IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> _timelines = null!;
    private InferenceOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var generated = SampleRoadmap.SmallRepository();
        using (var repository = GitRepository.Open(generated.Directory)!)
        {
            var readme = File.ReadAllText(Path.Combine(generated.Directory, "README.md"));
            var notes = RoadmapParser.Parse("README.md", readme).Rows.Where(r => r.Note is not null).Select(r => r.Note!.Path).ToList();
            _timelines = repository.History.ReadTimelines(new HistoryQuery([repository.HeadId!], notes, [], _ => true));
            foreach (var id in _timelines.Values.SelectMany(t => t).Select(v => v.BlobId).OfType<string>().Distinct())
            {
                _texts[id] = repository.History.ReadText(id);
            }
        }

        SampleRoadmap.Delete(generated);
        _options = new InferenceOptions(CompletionMode.Marked, _ => false);
    }

    [Benchmark]
    public int InferAll()
    {
        var contents = new NoteContents(id => _texts[id], NoteRules.Default);
        return _timelines.Count(t =>
            TopicInference.Infer(t.Key, t.Value, contents.ReadAll([.. t.Value.Select(v => v.BlobId)]), _options).Status == Core.TopicStatus.Completed);
    }
}
