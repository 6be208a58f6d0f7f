using System.Globalization;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// Author dates for the commits, in order, spread over a few years, in the time zone the learner
/// lived in then (it changes a few times) or, now and then, was travelling in.
/// </summary>
internal sealed class CommitClock
{
    private const long Start = 1_546_840_800; // 2019-01-07T06:00:00Z
    private static readonly int[] OffsetMinutes = [180, 60, 120, 0, -300, -240, 330, 540];

    private readonly double _gap;
    private readonly double[] _periodEnds;
    private readonly int[] _periodOffsets;
    private readonly Prng _random;

    public CommitClock(int commits, Prng random)
    {
        _random = random;
        var years = Math.Clamp(commits / 10_000.0 + 2, 2, 8);
        _gap = years * 365.25 * 86_400 / commits;
        _periodEnds = Enumerable.Range(0, 6).Select(_ => random.NextDouble()).Order().Append(1.0).ToArray();
        _periodOffsets = new int[_periodEnds.Length];
        _periodOffsets[0] = OffsetMinutes[0];
        for (var i = 1; i < _periodOffsets.Length; i++)
        {
            _periodOffsets[i] = OffsetMinutes[random.Next(OffsetMinutes.Length)];
        }

        Commits = commits;
    }

    public int Commits { get; }

    /// <summary>The date of commit <paramref name="index"/> in git's raw format: seconds since the epoch and the author's offset.</summary>
    public string DateOf(int index)
    {
        var seconds = Start + (long)((index + 0.8 * _random.NextDouble()) * _gap);
        var period = Array.FindIndex(_periodEnds, end => (double)index / Commits < end);
        var offset = _random.Chance(0.02) ? OffsetMinutes[_random.Next(OffsetMinutes.Length)] : _periodOffsets[period];
        var sign = offset < 0 ? '-' : '+';
        var magnitude = Math.Abs(offset);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds} {sign}{magnitude / 60:00}{magnitude % 60:00}");
    }
}
