using RoadmapGit.Core.Config;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Notes;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// One run of the tool over a repository: read the roadmap(s), walk history once for every note
/// they link and for the roadmaps themselves, infer each topic, keep what the learner wrote by
/// hand, and plan the rewrite of each file. History and the clock come from outside.
/// </summary>
public sealed class RoadmapEngine(GitRepository repository, IRepositoryHistory history, RoadmapConfig config, TimeProvider clock)
{
    private readonly WorkTree _workTree = new(repository.WorkingDirectory);

    public GitRepository Repository { get; } = repository;

    public RoadmapConfig Config { get; } = config;

    public EnginePlan Plan(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Repository.PrefetchCaches();
        var tips = Tips(request);
        if (request.Source == RoadmapSource.Index && tips.Count > 0)
        {
            Repository.PrefetchStagedChanges(tips[0]);
        }

        var diagnostics = new List<Diagnostic>(ConfiguredPaths.MissingInputs(Config, _workTree));
        var parses = Repository.ParsedRoadmapCache(Config.OverallLabels);
        var documents = Config.Roadmaps.Select(path => Read(path, request.Source)).OfType<(string Path, DocumentText Text)>()
            .Select(d => (d.Path, d.Text, Parsed: parses.Parse(d.Path, d.Text.Text)))
            .Select(d => new ReadRoadmap(d.Path, d.Text, d.Parsed.Document, d.Parsed.Shown.Within(Config)))
            .ToList();
        parses.Save();
        diagnostics.AddRange(documents.SelectMany(d => d.Document.Diagnostics));

        var notePaths = documents.SelectMany(d => d.Document.Rows).Where(r => r.Note is not null && !r.Shifted).Select(r => r.Note!.Path)
            .Distinct(StringComparer.Ordinal).ToList();
        var linked = notePaths.ToHashSet(StringComparer.Ordinal);
        var stagedRenames = request.Source == RoadmapSource.Index ? Repository.StagedRenames(tips.FirstOrDefault(), linked) : [];
        var renames = stagedRenames.Where(r => linked.Contains(r.From)).ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);

        // A file moved onto a linked path (a mistyped name put right) brings its history along, as history will once it is committed.
        var arrivals = stagedRenames.Where(r => !linked.Contains(r.From)).ToDictionary(r => r.To, r => r.From, StringComparer.Ordinal);

        // Notes may write dates and Status lines the way the (first) roadmap does.
        var rules = NoteRulesFor(documents.Count > 0 ? documents[0].Conventions : new DocumentConventions(StatusLabels.Default, DateStyle.Iso));
        using var contents = new NoteContents(history.ReadText, rules, Repository.ReadingCache(rules), Repository.FetchMissingBlobs);
        // The linked notes come first, each at its own place: what is read of history's paths below
        // is taken, place for place, as what is read of the notes.
        var historyPaths = arrivals.Count == 0 ? notePaths : [.. notePaths.Concat(arrivals.Values).Distinct(StringComparer.Ordinal)];
        var roadmapPaths = documents.Select(d => d.Path).Distinct(StringComparer.Ordinal).ToList();

        // The files beside the linked notes are sorted out on another processor while history is read
        // (the index is walked here: libgit2's index is for one thread at a time).
        var tracked = Repository.TrackedPaths();
        var workingRecord = Task.Run(ReadWorkingRecord);
        var otherNotes = Task.Run(() =>
        {
            var present = NoteFiles.Present(tracked, _workTree, request.Source);
            return (present, new NoteFiles(
                present, notePaths.Select(n => renames.GetValueOrDefault(n) ?? n).ToList(), Config.Notes,
                Config.Roadmaps.Append(Config.Template ?? $"{Config.Notes}/_template.md")));
        });

        // The notes' versions are read while git reads on. git names every file in the notes' folders,
        // but only the linked notes' versions are needed: reading another's would, in a partial clone,
        // fetch it for nothing. In a partial clone they are read once history is read, when what the
        // clone lacks can be fetched in one request rather than one request a version; only the
        // versions a rename brought in are read before (the walk follows a rename by its content), and
        // those are fetched together the first time.
        var partial = Repository.IsPartialClone;
        var notesRead = historyPaths.Except(roadmapPaths, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var timelines = history.ReadTimelines(new HistoryQuery(
            tips, historyPaths, roadmapPaths, blobId => !contents.Reading(blobId).IsStub, Seen: change =>
            {
                if (change.BlobId is not { } blob || !notesRead.Contains(change.Path))
                {
                    return;
                }

                if (!partial)
                {
                    contents.ReadSoon(blob);
                }
                else if (change.RenamedFrom is not null)
                {
                    contents.Expect(blob);
                }
            }));
        // Every version history holds of a linked note (a link to a folder names none) and of a file
        // moved onto one is read first, then what the commit being made brings: the same order, and
        // so the same first error, whichever versions a partial clone lacks.
        var held = new IReadOnlyList<NoteVersion>?[historyPaths.Count];
        for (var i = 0; i < historyPaths.Count; i++)
        {
            // Only a path history never saw as a file (or saw go) can be a folder.
            var path = historyPaths[i];
            held[i] = i < notePaths.Count && timelines[path] is not [.., { BlobId: not null }] && IsFolder(path) ? null : timelines[path];
        }

        var readings = ReadingsOf(contents, held);
        var options = new InferenceOptions(Config.Completion, IgnoreRevs.Read(_workTree, Config.IgnoreRevsFile));
        var commitDate = request.CommitDate ?? clock.GetLocalNow();

        // Each note's versions are gathered here, where the repository is asked; inference itself
        // reads only the note's versions and their readings, and runs on every processor.
        var inputs = new (string Current, IReadOnlyList<NoteVersion>? Versions)[notePaths.Count];
        var brought = new List<int>();
        for (var i = 0; i < notePaths.Count; i++)
        {
            var note = notePaths[i];
            if (held[i] is not { } versions)
            {
                inputs[i] = (note, null);
                continue;
            }

            var current = renames.GetValueOrDefault(note) ?? note;
            if (arrivals.TryGetValue(note, out var from) && Repository.IndexBlobId(note) is { } arrived && !contents.Reading(arrived).IsStub)
            {
                versions = [.. timelines[from].Concat(versions).OrderBy(v => v.Sequence)];
            }

            if (request.Source == RoadmapSource.Index && StagedVersion(tips, note, current, commitDate) is { } staged)
            {
                versions = [.. versions, staged];
            }

            inputs[i] = (current, versions);
            if (!ReferenceEquals(versions, held[i]))
            {
                brought.Add(i);
            }
        }

        // The few notes the commit adds to are read again whole, in one go (one fetch in a partial clone).
        var broughtReadings = ReadingsOf(contents, [.. brought.Select(i => inputs[i].Versions)]);
        for (var k = 0; k < brought.Count; k++)
        {
            readings[brought[k]] = broughtReadings[k];
        }

        var inferred = new TopicResult?[inputs.Length];
        InParallel.For(inputs.Length, i =>
        {
            if (inputs[i].Versions is { } versions)
            {
                inferred[i] = TopicInference.Infer(inputs[i].Current, versions, readings[i], options);
            }
        });
        var results = new Dictionary<string, TopicResult>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Length; i++)
        {
            var note = notePaths[i];
            if (inferred[i] is not { } result)
            {
                diagnostics.AddRange(documents.SelectMany(d => d.Document.Rows
                    .Where(r => r.Note?.Path == note && !r.Shifted)
                    .Select(r => Diagnose.RowWithoutNote(d.Path, r.Line.LineNumber + 1, r.Topic))));
                continue;
            }

            results[note] = result;
            diagnostics.AddRange(result.Diagnostics);
        }

        contents.Save();
        documents = documents.Select(d => d with { Conventions = d.Conventions with { Dates = d.Conventions.Dates.Settle(DatedRows(d, results)) } }).ToList();
        var record = ReadRecord(request.Source, workingRecord.GetAwaiter().GetResult());
        var uncommitted = request.Source == RoadmapSource.Index
            ? new HandEdit(HandEdit.Staged, commitDate, NoteVersion.Uncommitted)
            : new HandEdit(HandEdit.NotCommitted, clock.GetLocalNow(), NoteVersion.Uncommitted);
        var origins = new HandOrigins(history.ReadText, Config.OverallLabels, Repository.RoadmapRowsCache(Config.OverallLabels), Repository.FetchMissingBlobs);
        var (present, noteFiles) = otherNotes.GetAwaiter().GetResult();
        var rowPlans = documents.ToDictionary(
            d => d.Path,
            d => PlanRows(d, results, request, record.Cells, origins, timelines[d.Path], uncommitted, noteFiles, diagnostics),
            StringComparer.Ordinal);
        origins.Save();
        diagnostics.AddRange(FileFindings.For(documents.Select(d => d.Document).ToList(), noteFiles, present, Config, _workTree));

        var asOf = AsOf(rowPlans.Values.SelectMany(r => r.Values));
        var settings = new RewriteSettings(asOf, Config.ForecastWindowDays, Config.Forecast);
        var files = documents
            .Select(d => new FilePlan(d.Path, d.Text, RoadmapRewriter.Rewrite(d.Document, d.Conventions, row => rowPlans[d.Path].GetValueOrDefault(row.Line.LineNumber), settings, renames)))
            .ToList();
        diagnostics.AddRange(CutDiagnostics(files));
        var newRecord = WrittenRecord.After(files, record.Cells, renames);
        var roadmapVersions = documents.ToDictionary(d => d.Path, d => timelines[d.Path], StringComparer.Ordinal);
        return new EnginePlan(files, results, renames, asOf, DiagnosticGroups.Collapse(diagnostics.Distinct()), new RecordPlan(record.Text, newRecord), roadmapVersions);
    }

    private Dictionary<int, RowPlan> PlanRows(
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

    /// <summary>
    /// What each version of each note says, the notes' versions read together (see
    /// <see cref="NoteContents.ReadAll"/>): one list a note, in the order of its versions, and an
    /// empty one for a note without versions. Read on every commit, so without a chain of enumerators.
    /// </summary>
    private static ArraySegment<CachedReading?>[] ReadingsOf(NoteContents contents, IReadOnlyList<NoteVersion>?[] notes)
    {
        var first = new int[notes.Length + 1];
        for (var i = 0; i < notes.Length; i++)
        {
            first[i + 1] = first[i] + (notes[i]?.Count ?? 0);
        }

        var ids = new string?[first[^1]];
        for (var i = 0; i < notes.Length; i++)
        {
            if (notes[i] is { } versions)
            {
                for (var v = 0; v < versions.Count; v++)
                {
                    ids[first[i] + v] = versions[v].BlobId;
                }
            }
        }

        var read = contents.ReadAll(ids);
        var readings = new ArraySegment<CachedReading?>[notes.Length];
        for (var i = 0; i < notes.Length; i++)
        {
            readings[i] = new(read, first[i], first[i + 1] - first[i]);
        }

        return readings;
    }

    /// <summary>A link to a folder names no note: its row is left alone like a row without a link.</summary>
    private bool IsFolder(string path) =>
        Repository.IsTrackedFolder(path) || Directory.Exists(Path.Combine(_workTree.Root, path.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>What history says of each row's dates, to settle a document whose dates read either way (<c>10/02/2026</c>).</summary>
    private static IEnumerable<DatedRow> DatedRows(ReadRoadmap roadmap, Dictionary<string, TopicResult> results) =>
        LinkedRows(roadmap, results)
            .Select(r => (r.Cells, Result: results[r.Row.Note!.Path]))
            .Select(r => new DatedRow(r.Cells.Start, r.Cells.Finish, r.Result.Start.Day, r.Result.Finish.Day));

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
            ? Repository.IndexBlobId(note) is not null
            : _workTree.Exists(note, "note") && !Repository.InSubmodule(note);
        if (present)
        {
            return null;
        }

        return (last is { IsCommitted: true } ? Repository.RenamedTo(last.CommitId, last.Path) : null, true);
    }

    /// <summary>
    /// Where history starts: HEAD; in a merge waiting for its commit, the merged commits too;
    /// when the commit being made replaces HEAD, HEAD's parents.
    /// </summary>
    private List<string> Tips(PlanRequest request)
    {
        if (request.Amending)
        {
            return [.. Repository.HeadParentIds];
        }

        var tips = Repository.HeadId is { } head ? new List<string> { head } : [];
        if (request.Source == RoadmapSource.Index)
        {
            tips.AddRange(Repository.MergeHeadIds);
        }

        return tips;
    }

    /// <summary>
    /// The roadmap as the run sees it: as staged for the hook (a roadmap that is not in the index
    /// is none of the commit's business), as in the working tree otherwise.
    /// </summary>
    private (string, DocumentText)? Read(string path, RoadmapSource source)
    {
        byte[]? bytes;
        if (source == RoadmapSource.Index)
        {
            _workTree.Resolve(path, "roadmap file");
            bytes = Repository.ReadIndex(path, WorkingCopy(path));
            if (bytes is null)
            {
                return null;
            }
        }
        else
        {
            bytes = _workTree.Read(path, "roadmap file") ?? throw Fail.RoadmapNotFound(path, RoadmapConfig.FileName);
        }

        return DocumentText.TryDecode(bytes, out var text) ? (path, text) : throw Fail.NotUtf8(path);
    }

    /// <summary>The work tree's copy of a staged file, which most commits stage as it is; null where there is none to read.</summary>
    private byte[]? WorkingCopy(string path)
    {
        try
        {
            return _workTree.Read(path, "roadmap file");
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            // A folder, a link out of the work tree, an unreadable file: the staged blob is read instead.
            return null;
        }
    }

    /// <summary>The working tree's record of written cells: its bytes, its text and what it says.</summary>
    private (byte[]? Bytes, string? Text, WrittenCells Cells) ReadWorkingRecord()
    {
        var bytes = _workTree.Read(WrittenCells.FileName, "record file");
        var text = bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
        return (bytes, text, text is null ? WrittenCells.Empty : WrittenCellsFile.Parse(text));
    }

    /// <summary>The record of written cells: the working tree's, and for the hook the staged one as well.</summary>
    private (string? Text, WrittenCells Cells) ReadRecord(RoadmapSource source, (byte[]? Bytes, string? Text, WrittenCells Cells) working)
    {
        var (workingBytes, workingText, cells) = working;
        if (source != RoadmapSource.Index)
        {
            return (workingText, cells);
        }

        // Most commits stage the record as the working tree has it: then the index hands back the working bytes themselves.
        var staged = Repository.ReadIndex(WrittenCells.FileName, workingBytes) is { } indexBytes
            ? ReferenceEquals(indexBytes, workingBytes) ? workingText : System.Text.Encoding.UTF8.GetString(indexBytes)
            : null;

        // A record staged as the working tree has it, merged with itself, is itself.
        return (staged, staged is null || staged == workingText ? cells : cells.Merge(WrittenCellsFile.Parse(staged)));
    }

    /// <summary>The staged version of a note, unless the commit being made leaves it as one of the tips has it.</summary>
    private NoteVersion? StagedVersion(List<string> tips, string headPath, string indexPath, DateTimeOffset date)
    {
        // Most notes are as a tip has them: one diff of the index against each tip tells which are not.
        if (headPath == indexPath && tips.Any(tip => !Repository.StagedChanges(tip).Contains(indexPath)))
        {
            return null;
        }

        var staged = Repository.IndexBlobId(indexPath);
        if (headPath == indexPath && tips.Any(tip => Repository.BlobIdAt(tip, indexPath) == staged))
        {
            return null;
        }

        if (tips.Count == 0 && staged is null)
        {
            return null;
        }

        var kind = staged is null ? VersionKind.Deleted : VersionKind.Staged;
        return new NoteVersion(NoteVersion.StagedCommitId, date, indexPath, staged, kind, Sequence: NoteVersion.Uncommitted);
    }

    /// <summary>
    /// The newest day any topic came to its status: forecasts count from there, so a commit that
    /// changes no topic's status changes no forecast.
    /// </summary>
    private DateOnly AsOf(IEnumerable<RowPlan> rows)
    {
        // Never before a date the table shows: a learner who types dates ahead of their commits counts from those.
        var newest = rows.SelectMany(r => new[] { r.Values.StatusSince, r.Values.Start, r.Values.Finish }).Max();
        return newest ?? DateOnly.FromDateTime((Repository.HeadAuthorDate ?? clock.GetLocalNow()).DateTime);
    }

    private IEnumerable<Diagnostic> CutDiagnostics(List<FilePlan> files)
    {
        // Every note history cannot date, whether the table's value or a hand value stands in its cell.
        var atCut = files.SelectMany(f => f.Result.Rows)
            .Where(r => r.Values.StartCell.Source == CellSource.HistoryCut || r.Values.FinishCell.Source == CellSource.HistoryCut
                || r.Result.Diagnostics.Any(d => d.Code == Diagnose.DateAtCutCode))
            .Select(r => r.Result.NotePath).Distinct(StringComparer.Ordinal).Count();
        if (atCut > 0)
        {
            yield return Repository.IsShallow ? Diagnose.ShallowClone(atCut) : Diagnose.GraftedHistory(atCut);
        }
    }

    private NoteRules NoteRulesFor(DocumentConventions conventions)
    {
        // Without a configured template, the notes folder's _template.md is the template when it exists.
        var template = _workTree.Read(Config.Template ?? $"{Config.Notes}/_template.md", "note template");
        var lines = template is null ? NoteRules.Default.TemplateLines : NoteRules.TemplateLinesOf(System.Text.Encoding.UTF8.GetString(template));
        return new NoteRules(Config.StubWords, lines, conventions.Dates, conventions.Labels);
    }

    private sealed record ReadRoadmap(string Path, DocumentText Text, RoadmapDocument Document, DocumentConventions Conventions);
}
