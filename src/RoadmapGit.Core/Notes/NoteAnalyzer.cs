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
        var slips = NoteSlips.InFrontMatter(front, rules.DateStyle).ToList();

        // Comments give way to as many line breaks, so a line number still points at its line.
        var body = WithoutComments(front.Body);
        var (state, why) = FromFrontMatter(front.Values);
        var tasksDone = 0;
        var tasksOpen = 0;
        var words = 0;
        var inFence = false;
        NoteSlip? statusSlip = null;
        var readStatusLine = false;
        var lines = body.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            inFence ^= (line.Contains("```", StringComparison.Ordinal) || line.Contains("~~~", StringComparison.Ordinal)) && Fence().IsMatch(line);
            // The patterns are only tried on lines that hold what each needs: every line of every version passes here.
            var task = line.Contains('[', StringComparison.Ordinal) ? TaskItem().Match(line) : Match.Empty;
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

            var statusLine = line.Contains("tatu", StringComparison.OrdinalIgnoreCase) ? StatusLine().Match(line) : Match.Empty;
            if (statusLine.Success && state == ExplicitState.None)
            {
                if (rules.Labels.Classify(statusLine.Groups["value"].Value) is { } said)
                {
                    (state, why) = (ToExplicit(said), $"its Status line says '{statusLine.Groups["value"].Value.Trim()}'");
                    readStatusLine = true;
                }
                else if (!inFence)
                {
                    statusSlip ??= NoteSlips.InStatusLine(statusLine, front.BodyLine + index, rules.Labels);
                }
            }

            if (!IsNotContent(line, rules))
            {
                words += WordCount(line);
            }
        }

        // A Status line that could not be read counts as a slip only when no other Status line was read.
        if (statusSlip is not null && !readStatusLine)
        {
            slips.Add(statusSlip);
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
            ReadDate(front.Values, "finished", rules.DateStyle),
            slips.OrderBy(s => s.Line).ToList());
    }

    /// <summary>The text with all white space removed: two versions equal here differ only in spacing.</summary>
    /// <remarks>White space is what <see cref="char.IsWhiteSpace(char)"/> says, the same set as a regex's <c>\s</c>; a loop, as every version of every note passes here.</remarks>
    public static string WithoutWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var count = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    kept[count++] = c;
                }
            }

            return count == text.Length ? text : new string(kept, 0, count);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(kept);
        }
    }

    private static (ExplicitState, string) FromFrontMatter(IReadOnlyDictionary<string, string> values)
    {
        if (values.TryGetValue("status", out var status) && FrontMatterStates.Read(status) is var state and not ExplicitState.None)
        {
            return (state, $"front matter says status: {status}");
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

    /// <summary>Runs of non-space characters with a letter or digit in them.</summary>
    private static int WordCount(string line)
    {
        var words = 0;
        var counted = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                counted = false;
                continue;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                (words, counted) = (words + 1, true);
            }
        }

        return words;
    }

    /// <summary>
    /// Drops every <c>&lt;!-- … --&gt;</c> in one pass; each gives way to as many line breaks, so a
    /// line number still points at its line. A lazy regex retries from each unclosed
    /// <c>&lt;!--</c> to the end of the text, which is quadratic in a note of many of them.
    /// </summary>
    private static string WithoutComments(string text)
    {
        var open = text.IndexOf("<!--", StringComparison.Ordinal);
        if (open < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var position = 0;
        while (open >= 0)
        {
            var close = text.IndexOf("-->", open + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            builder.Append(text, position, open - position);
            position = close + 3;
            builder.Append('\n', text.AsSpan(open, position - open).Count('\n'));
            open = text.IndexOf("<!--", position, StringComparison.Ordinal);
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\[(?<mark>[ xX])\]\s+\S")]
    private static partial Regex TaskItem();

    [GeneratedRegex(@"^\s*(?<item>[-*+]\s+)?(?<bold>\*\*|__)?status\s*(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)|:)\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}#{1,6}(\s|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}([-*_=])(\s*\1){2,}\s*$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s*(?:\[[ xX]\])?\s*$")]
    private static partial Regex EmptyItem();

}
