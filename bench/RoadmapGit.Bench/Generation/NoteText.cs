using System.Text;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// The text of one note as its life goes on: a stub, then paragraphs and tasks, then the mark of
/// being done in the note's own style, taken back when it is reopened.
/// </summary>
internal sealed class NoteText(Topic topic)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<(string Text, bool Done)> _tasks = [];
    private bool? _done;
    private int _trailingBlankLines;

    public bool HasContent => _paragraphs.Count > 0;

    public string Apply(NoteEventKind kind, Prng random)
    {
        switch (kind)
        {
            case NoteEventKind.CreateStub:
                break;
            case NoteEventKind.CreateWritten:
                Write(random);
                break;
            case NoteEventKind.Fill:
                Fill(random);
                break;
            case NoteEventKind.Complete:
                _done = true;
                for (var i = 0; i < _tasks.Count; i++)
                {
                    _tasks[i] = (_tasks[i].Text, true);
                }

                _paragraphs.Add("Summary: " + Sentence(random, 12));
                break;
            case NoteEventKind.Reopen:
                _done = false;
                _tasks.Add((Task(random), false));
                _paragraphs.Add("Revisited: " + Sentence(random, 15));
                break;
            case NoteEventKind.Rename when random.Chance(0.3):
                _paragraphs.Add("Moved: " + Sentence(random, 6));
                break;
            case NoteEventKind.Touch:
                _trailingBlankLines = 1 - _trailingBlankLines;
                break;
            default:
                break;
        }

        return Render();
    }

    private void Write(Prng random)
    {
        _paragraphs.Add(Sentence(random, random.Between(20, 60)));
        if (topic.Style == NoteStyle.Tasks)
        {
            for (var i = random.Between(3, 5); i > 0; i--)
            {
                _tasks.Add((Task(random), false));
            }
        }
        else if (topic.Style == NoteStyle.StatusLine)
        {
            _done = false;
        }
    }

    private void Fill(Prng random)
    {
        if (_paragraphs.Count == 0)
        {
            Write(random);
            return;
        }

        _paragraphs.Add(Sentence(random, random.Between(15, 50)));
        var open = _tasks.FindIndex(t => !t.Done);
        if (open >= 0 && _tasks.Count(t => !t.Done) > 1)
        {
            _tasks[open] = (_tasks[open].Text, true);
        }
    }

    private string Render()
    {
        var text = new StringBuilder();
        if (topic.Style == NoteStyle.FrontMatter && _done is { } done)
        {
            text.Append("---\nstatus: ").Append(done ? "done" : "in-progress").Append("\n---\n");
        }

        text.Append("# ").Append(topic.Title).Append("\n\n");
        if (topic.Style == NoteStyle.StatusLine && _done is { } state)
        {
            text.Append("**Status:** ").Append(state ? "✅ Completed" : "🟡 In Progress").Append("\n\n");
        }

        if (_paragraphs.Count == 0)
        {
            text.Append("## Notes\n\n## Resources\n");
        }

        foreach (var paragraph in _paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        if (_tasks.Count > 0)
        {
            text.Append("## Tasks\n\n");
            foreach (var (task, taskDone) in _tasks)
            {
                text.Append(taskDone ? "- [x] " : "- [ ] ").Append(task).Append('\n');
            }
        }

        text.Append('\n', _trailingBlankLines);
        return text.ToString();
    }

    private string Task(Prng random) => $"{random.Pick(Words.TaskVerbs)} {topic.Title.ToLowerInvariant()} ({random.Pick(Words.Nouns).ToLowerInvariant()})";

    private static string Sentence(Prng random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(random.Pick(Words.Prose));
        }

        return text.Append('.').ToString();
    }
}
