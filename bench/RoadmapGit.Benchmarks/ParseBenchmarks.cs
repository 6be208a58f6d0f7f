using BenchmarkDotNet.Attributes;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Benchmarks;

/// <summary>Finding the tables, rows, links and overall lines of a 5,000-row roadmap.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _readme = string.Empty;

    [GlobalSetup]
    public void Setup() => _readme = SampleRoadmap.LargeReadme();

    [Benchmark]
    public RoadmapDocument Parse() => RoadmapParser.Parse("README.md", _readme);
}
