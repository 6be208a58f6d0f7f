namespace RoadmapGit.Core.Conventions;

/// <summary>The text written into a Status cell for each state.</summary>
public sealed record StatusLabels(string NotStarted, string InProgress, string Completed, string Skipped)
{
    /// <summary>Every state once; <see cref="Enum.GetValues{TEnum}"/> builds a new array on each call, and every cell is classified.</summary>
    private static readonly TopicStatus[] States = Enum.GetValues<TopicStatus>();

    public static StatusLabels Default { get; } = new("🔴 Not Started", "🟡 In Progress", "✅ Completed", "⏭️ Skipped");

    public string For(TopicStatus status) => status switch
    {
        TopicStatus.NotStarted => NotStarted,
        TopicStatus.InProgress => InProgress,
        TopicStatus.Completed => Completed,
        TopicStatus.Skipped => Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A status value read with this vocabulary: its own labels word for word first, then keywords and symbols.</summary>
    public TopicStatus? Classify(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        foreach (var status in States)
        {
            if (string.Equals(For(status), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return status;
            }
        }

        return StatusClassifier.Classify(trimmed);
    }

    /// <summary>True when a cell already says this state: one of these labels, or words with no symbol contradicting them.</summary>
    public bool Says(string value, TopicStatus status) =>
        Classify(value) == status && (string.Equals(For(status), value.Trim(), StringComparison.OrdinalIgnoreCase) || StatusClassifier.IsConsistent(value));

    /// <summary>
    /// Learns each state's label from the labels a document already uses: a label whose symbol
    /// agrees with its words beats one that does not, then the most used wins; legend entries
    /// count only where the tables and overall lines show nothing.
    /// </summary>
    public static StatusLabels Learn(IEnumerable<string> used, IEnumerable<string> legend, StatusLabels fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var usedList = Tally(used);
        var legendList = Tally(legend);

        // A document that writes its labels in words alone gets words alone for the states it has not shown yet.
        var known = usedList.Concat(legendList).Where(l => l.Status is not null).ToList();
        if (known.Count > 0 && known.All(l => IsWordsOnly(l.Label)))
        {
            fallback = new StatusLabels(WordsOf(fallback.NotStarted), WordsOf(fallback.InProgress), WordsOf(fallback.Completed), WordsOf(fallback.Skipped));
        }

        string Pick(TopicStatus status, string defaultLabel) =>
            Best(usedList, status) ?? Best(legendList, status) ?? defaultLabel;

        return new StatusLabels(
            Pick(TopicStatus.NotStarted, fallback.NotStarted),
            Pick(TopicStatus.InProgress, fallback.InProgress),
            Pick(TopicStatus.Completed, fallback.Completed),
            Pick(TopicStatus.Skipped, fallback.Skipped));
    }

    private static bool IsWordsOnly(string label) => label.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'');

    private static string WordsOf(string label) => string.Concat(label.Where(c => char.IsLetter(c) || c is ' ' or '-')).Trim();

    /// <summary>Each distinct label once, read once, with how often and how early it is used (a roadmap may have thousands of rows).</summary>
    private static List<UsedLabel> Tally(IEnumerable<string> labels)
    {
        var tally = new Dictionary<string, UsedLabel>(StringComparer.Ordinal);
        var index = 0;
        foreach (var raw in labels)
        {
            var label = raw.Trim();
            if (label.Length > 0)
            {
                if (!tally.TryGetValue(label, out var used))
                {
                    used = new UsedLabel(label, StatusClassifier.Classify(label), index);
                    tally[label] = used;
                }

                used.Count++;
            }

            index++;
        }

        return [.. tally.Values];
    }

    /// <summary>A label whose symbol agrees with its words, then the most used, then the first.</summary>
    private static string? Best(List<UsedLabel> labels, TopicStatus status)
    {
        UsedLabel? best = null;
        foreach (var candidate in labels)
        {
            if (candidate.Status == status && (best is null || candidate.Beats(best)))
            {
                best = candidate;
            }
        }

        return best?.Label;
    }

    private sealed class UsedLabel(string label, TopicStatus? status, int first)
    {
        public string Label { get; } = label;

        public TopicStatus? Status { get; } = status;

        public bool Consistent { get; } = StatusClassifier.IsConsistent(label);

        public int First { get; } = first;

        public int Count { get; set; }

        public bool Beats(UsedLabel other) =>
            Consistent != other.Consistent ? Consistent : Count != other.Count ? Count > other.Count : First < other.First;
    }
}
