using System.Globalization;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// Turns the plan into commits: the first holds the roadmap and the code; then each commit
/// changes a note (and, for a rename, the roadmap's link) or other files; side branches are
/// merged back with everything they changed.
/// </summary>
internal sealed class HistoryWriter(FastImportWriter stream, RoadmapLayout layout, SourceTree source, Prng random)
{
    public const string MainBranch = "refs/heads/main";
    public const string SideBranch = "refs/heads/side";
    private const string Learner = "Learner <learner@example.invalid>";
    private static readonly string[] Colleagues = ["Sam Reviewer <sam@example.invalid>", "Build Bot <bot@example.invalid>"];

    private readonly Dictionary<Topic, NoteText> _notes = [];
    private readonly SortedDictionary<string, string?> _sideChanges = new(StringComparer.Ordinal);
    private int _mainTip;
    private int _sideTip;
    private int _fork;

    /// <summary>The notes that have content at the end, in roadmap order.</summary>
    public IEnumerable<Topic> WrittenNotes => layout.Topics.Where(t => _notes.TryGetValue(t, out var note) && note.HasContent);

    public void Write(IReadOnlyList<CommitSlot> slots, IReadOnlyList<NoteEvent> events, CommitClock clock)
    {
        stream.Commit(MainBranch, 1, Learner, clock.DateOf(0), "Start the learning roadmap");
        stream.Modify("README.md", RoadmapMarkdown.Render(layout));
        stream.Modify(".gitignore", "bin/\nobj/\n");
        foreach (var file in source.All)
        {
            stream.Modify(file.Path, file.Render());
        }

        _mainTip = 1;
        var next = 0;
        for (var i = 1; i < slots.Count; i++)
        {
            var slot = slots[i];
            var mark = i + 1;
            if (slot.Window >= 0 && slots[i - 1].Window != slot.Window)
            {
                _fork = _mainTip;
            }

            var noteEvent = slot.TakesNote ? events[next++] : null;
            switch (slot.Lane)
            {
                case Lane.Merge:
                    Merge(mark, slot.Window, clock.DateOf(i));
                    break;
                case Lane.Side:
                    Side(mark, noteEvent, clock.DateOf(i), first: _sideTip < _fork);
                    break;
                default:
                    Main(mark, noteEvent, slot.Window >= 0, clock.DateOf(i));
                    break;
            }
        }

        stream.Done();
    }

    private void Main(int mark, NoteEvent? noteEvent, bool besideBranch, string date)
    {
        if (noteEvent is not null)
        {
            stream.Commit(MainBranch, mark, Learner, date, Message(noteEvent));
            Apply(noteEvent, null);
            if (random.Chance(0.15))
            {
                Modify(source.EditCode(random), null);
            }
        }
        else
        {
            var docs = !besideBranch && random.Chance(0.15);
            var files = docs ? source.EditDocs(random) : source.EditCode(random);
            var author = random.Chance(0.6) ? Learner : random.Pick(Colleagues);
            stream.Commit(MainBranch, mark, author, date, $"Update {files[0].Path}");
            Modify(files, null);
        }

        _mainTip = mark;
    }

    private void Side(int mark, NoteEvent? noteEvent, string date, bool first)
    {
        var from = first ? _fork : (int?)null;
        if (noteEvent is not null)
        {
            stream.Commit(SideBranch, mark, Learner, date, Message(noteEvent), from);
            Apply(noteEvent, _sideChanges);
        }
        else
        {
            var files = source.EditDocs(random);
            stream.Commit(SideBranch, mark, Learner, date, $"Docs: {files[0].Path}", from);
            Modify(files, _sideChanges);
        }

        _sideTip = mark;
    }

    private void Merge(int mark, int window, string date)
    {
        stream.Commit(MainBranch, mark, Learner, date, string.Create(CultureInfo.InvariantCulture, $"Merge branch 'study-{window}'"), _mainTip, _sideTip);
        foreach (var (path, content) in _sideChanges)
        {
            if (content is null)
            {
                stream.Delete(path);
            }
            else
            {
                stream.Modify(path, content);
            }
        }

        _sideChanges.Clear();
        _mainTip = mark;
    }

    private void Apply(NoteEvent change, SortedDictionary<string, string?>? record)
    {
        var topic = change.Topic;
        if (!_notes.TryGetValue(topic, out var note))
        {
            note = new NoteText(topic);
            _notes[topic] = note;
        }

        if (change.Kind == NoteEventKind.Rename)
        {
            var old = topic.Rename(NewSlug(topic));
            stream.Delete(old);
            Record(record, old, null);
            var roadmap = RoadmapMarkdown.Render(layout);
            stream.Modify("README.md", roadmap);
            Record(record, "README.md", roadmap);
        }

        var text = note.Apply(change.Kind, random);
        stream.Modify(topic.Path, text);
        Record(record, topic.Path, text);
    }

    private void Modify(IReadOnlyList<SourceFile> files, SortedDictionary<string, string?>? record)
    {
        foreach (var file in files)
        {
            var text = file.Render();
            stream.Modify(file.Path, text);
            Record(record, file.Path, text);
        }
    }

    private string NewSlug(Topic topic)
    {
        var baseSlug = RoadmapLayout.Slug(topic.Title);
        string slug;
        do
        {
            var noun = random.Pick(Words.Nouns).ToLowerInvariant();
            slug = baseSlug.EndsWith(noun, StringComparison.Ordinal) ? baseSlug : baseSlug + "-" + noun;
        }
        while (slug == topic.Slug);

        return slug;
    }

    private static void Record(SortedDictionary<string, string?>? record, string path, string? content)
    {
        if (record is not null)
        {
            record[path] = content;
        }
    }

    private static string Message(NoteEvent change) => change.Kind switch
    {
        NoteEventKind.CreateStub => $"Start notes on {change.Topic.Title}",
        NoteEventKind.CreateWritten => $"Write notes on {change.Topic.Title}",
        NoteEventKind.Fill => $"More on {change.Topic.Title}",
        NoteEventKind.Complete => $"Finish {change.Topic.Title}",
        NoteEventKind.Rename => $"Rename the notes on {change.Topic.Title}",
        NoteEventKind.Reopen => $"Back to {change.Topic.Title}",
        _ => $"Tidy the notes on {change.Topic.Title}",
    };
}
