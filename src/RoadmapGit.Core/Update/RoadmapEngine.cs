using RoadmapGit.Core.Config;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;
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

    private readonly RunSources _sources = new(repository);

    private readonly RowPlanner _rows = new(repository);

    public GitRepository Repository { get; } = repository;

    public RoadmapConfig Config { get; } = config;

    public EnginePlan Plan(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Repository.PrefetchCaches();
        var tips = _sources.Tips(request);
        if (request.Source == RoadmapSource.Index && tips.Count > 0)
        {
            Repository.PrefetchStagedChanges(tips[0]);
        }

        var diagnostics = new List<Diagnostic>(ConfiguredPaths.MissingInputs(Config, _workTree));
        var parses = Repository.ParsedRoadmapCache(Config.OverallLabels);
        var documents = Config.Roadmaps.Select(path => _sources.Roadmap(path, request.Source)).OfType<(string Path, DocumentText Text)>()
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
        var workingRecord = Task.Run(_sources.WorkingRecord);
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

        var readings = NoteReadings.Of(contents, held);
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

            if (request.Source == RoadmapSource.Index && _sources.StagedVersion(tips, note, current, commitDate) is { } staged)
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
        var broughtReadings = NoteReadings.Of(contents, [.. brought.Select(i => inputs[i].Versions)]);
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
        documents = documents.Select(d => d with { Conventions = d.Conventions with { Dates = d.Conventions.Dates.Settle(RowPlanner.DatedRows(d, results)) } }).ToList();
        var record = _sources.Record(request.Source, workingRecord.GetAwaiter().GetResult());
        var uncommitted = request.Source == RoadmapSource.Index
            ? new HandEdit(HandEdit.Staged, commitDate, NoteVersion.Uncommitted)
            : new HandEdit(HandEdit.NotCommitted, clock.GetLocalNow(), NoteVersion.Uncommitted);
        var origins = new HandOrigins(history.ReadText, Config.OverallLabels, Repository.RoadmapRowsCache(Config.OverallLabels), Repository.FetchMissingBlobs);
        var (present, noteFiles) = otherNotes.GetAwaiter().GetResult();
        var rowPlans = documents.ToDictionary(
            d => d.Path,
            d => _rows.Plan(d, results, request, record.Cells, origins, timelines[d.Path], uncommitted, noteFiles, diagnostics),
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

    /// <summary>A link to a folder names no note: its row is left alone like a row without a link.</summary>
    private bool IsFolder(string path) =>
        Repository.IsTrackedFolder(path) || Directory.Exists(Path.Combine(_workTree.Root, path.Replace('/', Path.DirectorySeparatorChar)));

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
}
