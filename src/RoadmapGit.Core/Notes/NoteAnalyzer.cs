using System.Text.RegularExpressions;
using RoadmapGit.Core.Conventions;

namespace RoadmapGit.Core.Notes;

/// <summary>Reads one version of a note: explicit state, front-matter dates, and whether it is still a stub.</summary>
public static partial class NoteAnalyzer
{
    public static NoteReading Analyze(string text, NoteRules rules)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(rules);
        var front = FrontMatter.Read(text);
        var body = HtmlComment().Replace(front.Body, string.Empty);
        var (state, why) = FromFrontMatter(front.Values);
        var tasksDone = 0;
        var tasksOpen = 0;
        var words = 0;
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var task = TaskItem().Match(line);
            if (task.Success)
            {
                if (task.Groups["mark"].Value is "x" or "X")
                {
                    tasksDone++;
                }
                else
                {
                    tasksOpen++;
                }
            }

            var statusLine = StatusLine().Match(line);
            if (statusLine.Success && state == ExplicitState.None && rules.Labels.Classify(statusLine.Groups["value"].Value) is { } said)
            {
                (state, why) = (ToExplicit(said), $"its Status line says '{statusLine.Groups["value"].Value.Trim()}'");
            }

            if (!IsNotContent(line, rules))
            {
                words += WordCount(line);
            }
        }

        if (state == ExplicitState.None && tasksDone + tasksOpen > 0)
        {
            (state, why) = tasksOpen == 0
                ? (ExplicitState.Complete, $"all {tasksDone} tasks are checked")
                : (ExplicitState.InProgress, $"{tasksDone} of {tasksDone + tasksOpen} tasks are checked");
        }

        return new NoteReading(
            words < rules.StubWords, words, state, why,
            ReadDate(front.Values, "started", rules.DateStyle),
            ReadDate(front.Values, "finished", rules.DateStyle));
    }

    /// <summary>The text with all white space removed: two versions equal here differ only in spacing.</summary>
    public static string WithoutWhitespace(string text) => Whitespace().Replace(text, string.Empty);

    private static (ExplicitState, string) FromFrontMatter(IReadOnlyDictionary<string, string> values)
    {
        if (values.TryGetValue("status", out var status))
        {
            var state = status.Trim().ToLowerInvariant() switch
            {
                "done" or "complete" or "completed" or "finished" => ExplicitState.Complete,
                "in-progress" or "in progress" or "inprogress" or "wip" or "started" or "doing" => ExplicitState.InProgress,
                "skipped" or "skip" => ExplicitState.Skipped,
                "not-started" or "not started" or "todo" => ExplicitState.NotStarted,
                _ => ExplicitState.None,
            };
            if (state != ExplicitState.None)
            {
                return (state, $"front matter says status: {status}");
            }
        }

        if (values.TryGetValue("done", out var done) && done.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return (ExplicitState.Complete, "front matter says done: true");
        }

        return (ExplicitState.None, string.Empty);
    }

    private static ExplicitState ToExplicit(TopicStatus status) => status switch
    {
        TopicStatus.Completed => ExplicitState.Complete,
        TopicStatus.InProgress => ExplicitState.InProgress,
        TopicStatus.Skipped => ExplicitState.Skipped,
        _ => ExplicitState.NotStarted,
    };

    private static DateOnly? ReadDate(IReadOnlyDictionary<string, string> values, string key, DateStyle style) =>
        values.TryGetValue(key, out var text) && style.TryRead(text, out var date) ? date : null;

    private static bool IsNotContent(string line, NoteRules rules)
    {
        var trimmed = line.Trim();
        return trimmed.Length == 0
            || Heading().IsMatch(line)
            || Rule().IsMatch(line)
            || EmptyItem().IsMatch(line)
            || rules.TemplateLines.Contains(trimmed);
    }

    private static int WordCount(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlComment();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\[(?<mark>[ xX])\]\s+\S")]
    private static partial Regex TaskItem();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+)?(?:\*\*|__)?status\s*(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)|:)\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(\s|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}([-*_=])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s*(?:\[[ xX]\])?\s*$")]
    private static partial Regex EmptyItem();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
