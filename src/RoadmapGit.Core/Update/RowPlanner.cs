using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Ownership;

namespace RoadmapGit.Core.Update;

/// <summary>
/// Plans each linked row of a roadmap: tells the learner's cells from roadmap-git's, finds where
/// the learner's came from, and settles each row's values, warning of notes that are not there.
/// </summary>
internal sealed class RowPlanner(GitRepository repository)
{
    private readonly WorkTree _workTree = new(repository.WorkingDirectory);

    public Dictionary<int, RowPlan> Plan(
        ReadRoadmap roadmap, Dictionary<string, TopicResult> results, PlanRequest request, WrittenCells record,
        HandOrigins origins, IReadOnlyList<NoteVersion> roadmapVersions, HandEdit uncommitted, NoteFiles noteFiles, List<Diagnostic> diagnostics)
    {
        var rows = LinkedRows(roadmap, results).ToList();

        // Each row's cells are told apart (the learner's or roadmap-git's) on every processor: a row
        // asks only its own cells, its note's result and the record, none of which changes here.
        var occurrences = NoteOccurrences.Number(rows, r => r.Row.Note!.Path).Select(r => r.Occurrence).ToArray();
        var claims = new (List<string> Names, string RecordedAs, RowHands Claimed)[rows.Count];
        InParallel.For(rows.Count, i =>
        {
            var (_, row, cells) = rows[i];
            var note = row.Note!.Path;
            var names = NamesOf(note, results[note]);
            var recordedAs = record.NameOf(roadmap.Path, names) ?? note;
            claims[i] = (names, recordedAs, request.Rebuild ? RowHands.None : CellOwnership.Claim(roadmap.Path, recordedAs, occurrences[i], cells, record));
        });

        var hands = new Dictionary<int, HandRow>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (claims[i].Claimed.Cells.Any())
            {
                var span = rows[i].Row.Line.Span;
                hands[rows[i].Row.Line.LineNumber] = new HandRow(claims[i].Names, occurrences[i], claims[i].Claimed, roadmap.Text.Text[span.Start..span.End].TrimEnd('\r'));
            }
        }

        var found = hands.Count == 0 ? new Dictionary<int, RowHands>() : origins.Find(roadmap.Path, roadmapVersions, hands, uncommitted);

        // A row whose note is missing asks the repository and may warn, in the roadmap's order; the rest resolve on every processor.
        var kept = new RowValues?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (_, row, cells) = rows[i];
            var result = results[row.Note!.Path];
            if (Missing(result, row.Note.Path, request.Source) is not { } missing)
            {
                continue;
            }

            // A note not written yet is a topic not begun; a link with values, history or a near name beside it is broken.
            var similar = missing.RenamedTo is null ? noteFiles.SimilarTo(row.Note.Path) : null;
            var line = row.Line.LineNumber + 1;
            if (similar is not null)
            {
                kept[i] = RowResolver.AsWritten(cells, "the note is not there");
                var link = NoteUrl.Relative(roadmap.Path, similar, row.Note.Url);
                diagnostics.Add(noteFiles.IsMisplaced(row.Note.Path, similar)
                    ? Diagnose.MisplacedNote(roadmap.Path, line, row.Topic, row.Note.Path, similar, link)
                    : Diagnose.MissingNoteLike(roadmap.Path, line, row.Topic, row.Note.Path, similar, link));
            }
            else if (cells.HoldsValues || result.Timeline.Count > 0)
            {
                kept[i] = RowResolver.AsWritten(cells, "the note is not there");
                diagnostics.Add(Diagnose.MissingNote(roadmap.Path, line, row.Topic, row.Note.Path, missing.RenamedTo));
            }
        }

        var planned = new RowPlan[rows.Count];
        InParallel.For(rows.Count, i =>
        {
            var (table, row, cells) = rows[i];
            var result = results[row.Note!.Path];
            var values = kept[i] ?? RowResolver.Resolve(result, found.GetValueOrDefault(row.Line.LineNumber) ?? RowHands.None, (cells.StartDay, cells.FinishDay));
            planned[i] = new RowPlan(row, table, result, values, claims[i].RecordedAs, occurrences[i]);
        });

        var plans = new Dictionary<int, RowPlan>(rows.Count);
        foreach (var plan in planned)
        {
            plans[plan.Row.Line.LineNumber] = plan;
        }

        return plans;
    }

    /// <summary>What history says of each row's dates, to settle a document whose dates read either way (<c>10/02/2026</c>).</summary>
    public static IEnumerable<DatedRow> DatedRows(ReadRoadmap roadmap, Dictionary<string, TopicResult> results) =>
        LinkedRows(roadmap, results)
            .Select(r => (r.Cells, Result: results[r.Row.Note!.Path]))
            .Select(r => new DatedRow(r.Cells.Start, r.Cells.Finish, r.Result.Start.Day, r.Result.Finish.Day));

    /// <summary>The row's note path, then the names history gave the note before a rename, newest first.</summary>
    /// <remarks>A note has a name or two: a list answers faster than a set, asked for every row on every commit.</remarks>
    private static List<string> NamesOf(string note, TopicResult result)
    {
        List<string> names = [note];
        for (var i = result.Timeline.Count - 1; i >= 0; i--)
        {
            var path = result.Timeline[i].Version.Path;
            if (!names.Contains(path, StringComparer.Ordinal))
            {
                names.Add(path);
            }
        }

        return names;
    }

    /// <summary>The rows whose note was inferred, with their cells read the way the roadmap writes them.</summary>
    private static IEnumerable<(RoadmapTable Table, RoadmapRow Row, RowCells Cells)> LinkedRows(ReadRoadmap roadmap, Dictionary<string, TopicResult> results) =>
        roadmap.Document.Tables.SelectMany(t => t.Rows
            .Where(r => r.Note is not null && !r.Shifted && results.ContainsKey(r.Note.Path))
            .Select(r => (Table: t, Row: r, Cells: RowCells.Read(t, r, roadmap.Conventions))));

    /// <summary>
    /// A note history does not hold (or last saw deleted) and that is not in the index or work
    /// tree either; for a deleted note, where history shows it went.
    /// </summary>
    private (string? RenamedTo, bool)? Missing(TopicResult result, string note, RoadmapSource source)
    {
        var last = result.Timeline.Count > 0 ? result.Timeline[^1].Version : null;
        if (last?.BlobId is not null)
        {
            return null;
        }

        // Written but not committed yet: a topic just begun, not a broken link.
        var present = source == RoadmapSource.Index
            ? repository.IndexBlobId(note) is not null
            : _workTree.Exists(note, "note") && !repository.InSubmodule(note);
        if (present)
        {
            return null;
        }

        return (last is { IsCommitted: true } ? repository.RenamedTo(last.CommitId, last.Path) : null, true);
    }
}
