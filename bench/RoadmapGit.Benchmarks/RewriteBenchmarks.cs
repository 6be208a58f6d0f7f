using BenchmarkDotNet.Attributes;
using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Benchmarks;

/// <summary>Planning the span edits of a 5,000-row roadmap where every row changes.</summary>
[MemoryDiagnoser]
public class RewriteBenchmarks
{
    private RoadmapDocument _document = null!;
    private DocumentConventions _conventions = null!;
    private Dictionary<string, TopicResult> _results = [];

    [GlobalSetup]
    public void Setup()
    {
        _document = RoadmapParser.Parse("README.md", SampleRoadmap.LargeReadme());
        _conventions = DocumentConventions.Learn(_document, RoadmapConfig.Default);
        var day = new DateOnly(2026, 2, 9);
        _results = _document.Rows.Where(r => r.Note is not null).Select(r => r.Note!.Path).Distinct().ToDictionary(
            path => path,
            path => new TopicResult(path, TopicStatus.Completed, InferredDate.Known(day, "benchmark"), InferredDate.Known(day, "benchmark"), [], []));
    }

    [Benchmark]
    public RewriteResult Rewrite() => RoadmapRewriter.Rewrite(_document, _conventions, _results, new DateOnly(2026, 3, 1), 28);
}
