using BenchmarkDotNet.Attributes;
using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Benchmarks;

/// <summary>Planning the span edits of a 5,000-row roadmap where every row changes.</summary>
[MemoryDiagnoser]
public class RewriteBenchmarks
{
    private RoadmapDocument _document = null!;
    private DocumentConventions _conventions = null!;
    private readonly Dictionary<int, RowPlan> _plans = [];
    private RewriteSettings _settings = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = RoadmapParser.Parse("README.md", SampleRoadmap.LargeReadme());
        _conventions = DocumentConventions.Learn(_document, RoadmapConfig.Default);
        var day = new DateOnly(2026, 2, 9);
        foreach (var table in _document.Tables)
        {
            foreach (var row in table.Rows.Where(r => r.Note is not null))
            {
                var result = new TopicResult(row.Note!.Path, TopicStatus.Completed, InferredDate.Known(day, "benchmark"), InferredDate.Known(day, "benchmark"), day, [], []);
                _plans[row.Line.LineNumber] = new RowPlan(row, table, result, RowResolver.Resolve(result, RowHands.None, (null, null)), row.Note.Path, 0);
            }
        }

        _settings = new RewriteSettings(new DateOnly(2026, 3, 1), RoadmapConfig.Default.ForecastWindowDays, RoadmapConfig.Default.Forecast);
    }

    [Benchmark]
    public RewriteResult Rewrite() => RoadmapRewriter.Rewrite(_document, _conventions, row => _plans.GetValueOrDefault(row.Line.LineNumber), _settings);
}
