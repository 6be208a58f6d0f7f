namespace RoadmapGit.Core.Conventions;

/// <summary>The text written into a Status cell for each state.</summary>
public sealed record StatusLabels(string NotStarted, string InProgress, string Completed, string Skipped)
{
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
        foreach (var status in Enum.GetValues<TopicStatus>())
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
        var usedList = used.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var legendList = legend.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

        // A document that writes its labels in words alone gets words alone for the states it has not shown yet.
        var known = usedList.Concat(legendList).Where(l => StatusClassifier.Classify(l) is not null).ToList();
        if (known.Count > 0 && known.All(IsWordsOnly))
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

    private static string? Best(List<string> labels, TopicStatus status) =>
        labels
            .Select((label, index) => (label, index))
            .Where(x => StatusClassifier.Classify(x.label) == status)
            .GroupBy(x => x.label, StringComparer.Ordinal)
            .OrderByDescending(g => StatusClassifier.IsConsistent(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.index))
            .Select(g => g.Key)
            .FirstOrDefault();
}
