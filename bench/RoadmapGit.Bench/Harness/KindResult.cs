using RoadmapGit.Bench.Measuring;

namespace RoadmapGit.Bench.Harness;

/// <summary>The measured runs of one kind on one repository, or why there are none.</summary>
internal sealed class KindResult(RunKind kind)
{
    private readonly List<Measurement> _runs = [];

    public RunKind Kind { get; } = kind;

    public IReadOnlyList<Measurement> Runs => _runs;

    /// <summary>Set when the kind was not run at all.</summary>
    public string? NotRun { get; private set; }

    /// <summary>No further runs: one timed out, failed, or took so long that one run says enough.</summary>
    public bool Done { get; private set; }

    public bool TimedOut => _runs.Any(r => r.TimedOut);

    public Measurement? Failure => _runs.FirstOrDefault(r => !r.Succeeded && !r.TimedOut);

    public TimeSpan? Median
    {
        get
        {
            var times = _runs.Where(r => r.Succeeded).Select(r => r.Elapsed).Order().ToList();
            return times.Count == 0 ? null : times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        }
    }

    /// <summary>The most memory a run used: from the runs that were measured, else the bound the short runs stayed under.</summary>
    public long PeakRssKiB => _runs.Count == 0 ? 0 : _runs.Where(r => r.PeakIsBound == PeakIsBound).Max(r => r.PeakRssKiB);

    public bool PeakIsBound => _runs.All(r => r.PeakIsBound);

    public void Add(Measurement measurement, bool last)
    {
        _runs.Add(measurement);
        Done |= last || !measurement.Succeeded;
    }

    public void Skip(string reason)
    {
        NotRun = reason;
        Done = true;
    }
}
