using RoadmapGit.Core.Config;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Notes;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// One run of the tool over a repository: read the roadmap(s), walk history once for every note
/// they link, infer each topic, and plan the rewrite of each file.
/// </summary>
public sealed class RoadmapEngine(GitRepository repository, RoadmapConfig config)
{
    public GitRepository Repository { get; } = repository;

    public RoadmapConfig Config { get; } = config;

    /// <param name="stagedDate">The date the commit being made will carry; used with <see cref="RoadmapSource.Index"/>.</param>
    public EnginePlan Plan(RoadmapSource source, DateTimeOffset? stagedDate = null)
    {
        var warnings = new List<string>();
        var documents = Config.Roadmaps.Select(path => Read(path, source)).OfType<(string Path, DocumentText Text)>()
            .Select(d => (d.Path, d.Text, Document: RoadmapParser.Parse(d.Path, d.Text.Text, Config.OverallLabels)))
            .Select(d => (d.Path, d.Text, d.Document, Conventions: DocumentConventions.Learn(d.Document, Config)))
            .ToList();
        foreach (var (path, _, document, _) in documents)
        {
            warnings.AddRange(document.Warnings.Select(w => $"{path}:{w.Line}: {w.Message}"));
        }

        var notePaths = documents.SelectMany(d => d.Document.Rows).Where(r => r.Note is not null).Select(r => r.Note!.Path)
            .Distinct(StringComparer.Ordinal).ToList();
        var renames = source == RoadmapSource.Index
            ? Repository.StagedRenames(notePaths).ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        // Notes may write dates and Status lines the way the (first) roadmap does.
        var rules = NoteRulesFor(documents.Count > 0 ? documents[0].Conventions : new DocumentConventions(StatusLabels.Default, DateStyle.Iso));
        var contents = new NoteContents(Repository.History.ReadText, rules);
        var timelines = Repository.History.ReadTimelines(notePaths, blobId => !contents.Reading(blobId).IsStub);
        var options = new InferenceOptions(Config.Completion, IgnoreRevs.Read(Path.Combine(Repository.WorkingDirectory, Config.IgnoreRevsFile)));
        var results = new Dictionary<string, TopicResult>(StringComparer.Ordinal);
        foreach (var note in notePaths)
        {
            var current = renames.GetValueOrDefault(note) ?? note;
            var versions = timelines[note].ToList();
            if (source == RoadmapSource.Index && StagedVersion(note, current, stagedDate ?? DateTimeOffset.Now) is { } staged)
            {
                versions.Add(staged);
            }

            var result = TopicInference.Infer(current, versions, contents, options);
            results[current] = result;
            warnings.AddRange(result.Warnings);
        }

        var asOf = AsOf(results.Values);
        var files = documents.Select(d => new FilePlan(d.Path, d.Text, Rewrite(d.Document, d.Conventions, results, asOf, renames))).ToList();
        return new EnginePlan(files, results, renames, asOf, warnings.Distinct().ToList());
    }

    /// <summary>The same values applied to another text of the same roadmap (the working copy of a partly staged file).</summary>
    public FilePlan Replan(EnginePlan plan, string path, DocumentText text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var document = RoadmapParser.Parse(path, text.Text, Config.OverallLabels);
        var conventions = DocumentConventions.Learn(document, Config);
        return new FilePlan(path, text, Rewrite(document, conventions, plan.Results, plan.AsOf, plan.RenamedNotes));
    }

    private RewriteResult Rewrite(
        RoadmapDocument document, DocumentConventions conventions, IReadOnlyDictionary<string, TopicResult> results,
        DateOnly asOf, IReadOnlyDictionary<string, string> renames) =>
        RoadmapRewriter.Rewrite(document, conventions, results, asOf, Config.ForecastWindowDays, renames);

    /// <summary>
    /// The roadmap as the run sees it: as staged for the hook (a roadmap that is not in the index
    /// is none of the commit's business), as in the working tree otherwise.
    /// </summary>
    private (string, DocumentText)? Read(string path, RoadmapSource source)
    {
        byte[]? bytes;
        if (source == RoadmapSource.Index)
        {
            bytes = Repository.ReadIndex(path);
            if (bytes is null)
            {
                return null;
            }
        }
        else
        {
            var full = Path.Combine(Repository.WorkingDirectory, path);
            bytes = File.Exists(full)
                ? File.ReadAllBytes(full)
                : throw new UsageException($"roadmap file '{path}' not found (set \"roadmaps\" in {RoadmapConfig.FileName})");
        }

        return DocumentText.TryDecode(bytes, out var text)
            ? (path, text)
            : throw new UsageException($"'{path}' is not UTF-8 text; it was left as it is");
    }

    private NoteVersion? StagedVersion(string headPath, string indexPath, DateTimeOffset date)
    {
        var head = Repository.HeadBlobId(headPath);
        var staged = Repository.IndexBlobId(indexPath);
        if (head == staged && headPath == indexPath)
        {
            return null;
        }

        var kind = staged is null ? VersionKind.Deleted : VersionKind.Staged;
        return new NoteVersion(NoteVersion.StagedCommitId, date, indexPath, staged, kind);
    }

    /// <summary>
    /// The day of the newest version of any note (the staged one in the hook): forecasts count
    /// from the last learning, so a commit that changes only the roadmap moves nothing.
    /// </summary>
    private DateOnly AsOf(IEnumerable<TopicResult> results)
    {
        var newest = results.SelectMany(r => r.Timeline).Select(e => e.Version.Day).DefaultIfEmpty().Max();
        return newest != default ? newest : DateOnly.FromDateTime((Repository.HeadAuthorDate ?? DateTimeOffset.Now).DateTime);
    }

    private NoteRules NoteRulesFor(DocumentConventions conventions)
    {
        // Without a configured template, the notes folder's _template.md is the template when it exists.
        var templatePath = Path.Combine(Repository.WorkingDirectory, Config.Template ?? $"{Config.Notes}/_template.md");
        var template = File.Exists(templatePath)
            ? NoteRules.TemplateLinesOf(File.ReadAllText(templatePath))
            : NoteRules.Default.TemplateLines;
        return new NoteRules(Config.StubWords, template, conventions.Dates, conventions.Labels);
    }
}
