namespace RoadmapGit.Core.History;

/// <summary>
/// The history seam over a source of raw records: asks for the folders of the queried paths and
/// builds the timelines. A note renamed from a folder the records did not cover widens the
/// coverage, and the records are read again until every name the walk met is covered.
/// </summary>
public sealed class RecordHistory(IHistoryRecords records, Func<string, string> readText) : IRepositoryHistory
{
    public IReadOnlyDictionary<string, IReadOnlyList<NoteVersion>> ReadTimelines(HistoryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Tips.Count == 0)
        {
            return query.Paths.ToDictionary(p => p, _ => (IReadOnlyList<NoteVersion>)[], StringComparer.Ordinal);
        }

        var wanted = PathCoverage.For(query.Notes, query.Files);
        while (true)
        {
            var read = records.Read(query.Tips, wanted, query.Seen);
            if (!read.Coverage.Covers(wanted))
            {
                throw new InvalidOperationException("the history records cover less than was asked");
            }

            var built = TimelineBuilder.Build(read.Commits, query);
            var uncovered = built.TrackedPaths.Where(p => !read.Coverage.Covers(p)).ToList();
            if (uncovered.Count == 0)
            {
                return built.Timelines;
            }

            wanted = read.Coverage.With(PathCoverage.For(uncovered, []));
        }
    }

    public string ReadText(string blobId) => readText(blobId);
}
