using System.Globalization;
using System.Text;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// The corrected time (see <see cref="HistorySequence"/>) of every commit in a range, from one
/// <c>git rev-list</c> that lists parents before children. A commit on the range's edge, read
/// before, has its committer time unless <c>raised</c> says it was corrected.
/// </summary>
internal sealed class CommitClock
{
    private readonly Dictionary<ObjectKey, long> _times = [];
    private readonly List<long> _parents = [];

    private CommitClock()
    {
    }

    /// <summary>The commits of the range whose corrected time is above their committer time.</summary>
    public Dictionary<string, long> Raised { get; } = new(StringComparer.Ordinal);

    /// <summary>How many commits the range holds (not counting those on its edge).</summary>
    public int Walked { get; private set; }

    /// <summary>
    /// The walk touches every commit, and commits lie all through the pack. git maps a pack in
    /// windows of up to 1 GiB, so each page it touched stayed resident to the end: on 100,000
    /// commits, 100 MiB beside the log that runs at the same time. Small windows are let go as the
    /// walk moves on, at no cost in time measured.
    /// </summary>
    private static readonly string[] WalkSettings = ["core.packedGitWindowSize=8m", "core.packedGitLimit=32m"];

    public static CommitClock Read(
        GitCommandLine git, IReadOnlyList<string> tips, IReadOnlyList<string> exclude, IReadOnlyDictionary<string, long> raised)
    {
        var clock = new CommitClock();
        string[] args =
        [
            "rev-list", "--topo-order", "--reverse", "--timestamp", "--parents", "--boundary",
            .. tips, .. exclude.Count > 0 ? ["--not", .. exclude] : Array.Empty<string>(),
        ];
        git.Stream(
            args,
            output =>
            {
                var reader = new FieldReader(output, (byte)'\n');
                while (reader.TryRead(out var line))
                {
                    clock.Add(line, raised);
                }
            },
            WalkSettings);
        return clock;
    }

    public long CorrectedTime(string commitId) =>
        _times.TryGetValue(ObjectKey.Parse(commitId), out var time)
            ? time
            : throw new HistoryReadException($"git rev-list did not list commit {commitId}");

    /// <summary>One line: <c>time [-]id parent…</c>, where <c>-</c> marks a commit on the edge.</summary>
    private void Add(ReadOnlySpan<byte> line, IReadOnlyDictionary<string, long> raised)
    {
        var space = line.IndexOf((byte)' ');
        if (space < 0 || !long.TryParse(Encoding.ASCII.GetString(line[..space]), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var committed))
        {
            throw new HistoryReadException($"git rev-list printed what roadmap-git cannot read: {Encoding.UTF8.GetString(line)}");
        }

        line = line[(space + 1)..];
        var edge = line[0] == (byte)'-';
        if (edge)
        {
            line = line[1..];
        }

        var end = line.IndexOf((byte)' ');
        var idText = end < 0 ? line : line[..end];
        var key = ObjectKey.Parse(idText);
        if (edge)
        {
            _times[key] = raised.TryGetValue(Encoding.ASCII.GetString(idText), out var known) ? known : committed;
            return;
        }

        _parents.Clear();
        while (end >= 0)
        {
            line = line[(end + 1)..];
            end = line.IndexOf((byte)' ');
            var parent = end < 0 ? line : line[..end];
            if (_times.TryGetValue(ObjectKey.Parse(parent), out var parentTime))
            {
                _parents.Add(parentTime);
            }
        }

        var corrected = HistorySequence.CorrectedTime(committed, _parents);
        _times[key] = corrected;
        Walked++;
        if (corrected > committed)
        {
            Raised[Encoding.ASCII.GetString(idText)] = corrected;
        }
    }
}
