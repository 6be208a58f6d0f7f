namespace RoadmapGit.Bench.Measuring;

/// <summary>One run of one process: how long it took, the most memory it and its children held, how it ended.</summary>
/// <param name="PeakRssKiB">The largest resident set of any process of the tree, or of the tree's sum at one moment.</param>
/// <param name="PeakIsBound">The run was too short to sample: the process used at most <see cref="PeakRssKiB"/>.</param>
/// <param name="TimedOut">The run passed its time bound and was killed; <see cref="Elapsed"/> is the bound.</param>
/// <param name="Error">The end of standard error when the process failed.</param>
internal sealed record Measurement(TimeSpan Elapsed, long PeakRssKiB, bool PeakIsBound, int ExitCode, bool TimedOut, string Error)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
