using System.Text.RegularExpressions;

namespace RoadmapGit.Core.Conventions;

/// <summary>
/// Reads a status label by its words first and its symbols second, so <c>✅ In Progress</c> is
/// In Progress (a slip of the symbol), and a lone <c>✅</c> is Completed.
/// </summary>
public static partial class StatusClassifier
{
    private static readonly int[] MangledCodePages = [1252, 1254];
    private static readonly string[] CompletedSymbols = WithMojibake("✅", "✔", "✓", "☑", "🟢", "🏁", "💯");
    private static readonly string[] NotStartedSymbols = WithMojibake("🔴", "❌", "⭕", "⬜", "🕒", "☐", "⚪", "✖");
    private static readonly string[] InProgressSymbols = WithMojibake("🟡", "🟠", "🚧", "⏳", "🔄", "🔶", "▶", "📖");
    private static readonly string[] SkippedSymbols = WithMojibake("⏭", "⤼", "🚫");

    public static TopicStatus? Classify(string label) => ByWords(label) ?? BySymbols(label);

    /// <summary>True when the label's symbol, if it has one, agrees with its words.</summary>
    public static bool IsConsistent(string label)
    {
        var words = ByWords(label);
        var symbols = BySymbols(label);
        return words is null || symbols is null || words == symbols;
    }

    public static TopicStatus? ByWords(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (NotStartedWords().IsMatch(label))
        {
            return TopicStatus.NotStarted;
        }

        if (SkippedWords().IsMatch(label))
        {
            return TopicStatus.Skipped;
        }

        if (InProgressWords().IsMatch(label))
        {
            return TopicStatus.InProgress;
        }

        return CompletedWords().IsMatch(label) ? TopicStatus.Completed : null;
    }

    public static TopicStatus? BySymbols(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (label.Contains("[x]", StringComparison.OrdinalIgnoreCase) || ContainsAny(label, CompletedSymbols))
        {
            return TopicStatus.Completed;
        }

        if (label.Contains("[ ]", StringComparison.Ordinal) || ContainsAny(label, NotStartedSymbols))
        {
            return TopicStatus.NotStarted;
        }

        if (label.Contains("[~]", StringComparison.Ordinal) || ContainsAny(label, InProgressSymbols))
        {
            return TopicStatus.InProgress;
        }

        return ContainsAny(label, SkippedSymbols) ? TopicStatus.Skipped : null;
    }

    /// <summary>
    /// Each symbol, and the same symbol as it reads after its UTF-8 bytes were decoded as
    /// Windows-1252 or Windows-1254 (<c>✅</c> becomes <c>âœ…</c>), so a mangled file is read alike.
    /// </summary>
    private static string[] WithMojibake(params string[] symbols)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var mangled = MangledCodePages.Select(System.Text.Encoding.GetEncoding)
            .SelectMany(e => symbols.Select(s => e.GetString(System.Text.Encoding.UTF8.GetBytes(s))));
        return symbols.Concat(mangled).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static bool ContainsAny(string text, string[] symbols) =>
        symbols.Any(s => text.Contains(s, StringComparison.Ordinal));

    [GeneratedRegex(@"\bnot[\s_-]*(started|begun|yet|done|complete[d]?)\b|\bto[\s_-]?do\b|\bpending\b|\bplanned\b|\bbacklog\b|\bqueued\b|\bupcoming\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotStartedWords();

    [GeneratedRegex(@"\bskip(ped)?\b|\bdropped\b|\bn/a\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkippedWords();

    [GeneratedRegex(@"\bin[\s_-]*progress\b|\bstarted\b|\bongoing\b|\bwip\b|\bdoing\b|\bincomplete\b|\bpartial(ly)?\b|\bactive\b|\breading\b|\blearning\b", RegexOptions.IgnoreCase)]
    private static partial Regex InProgressWords();

    [GeneratedRegex(@"\bcomplete[d]?\b|\bdone\b|\bfinished\b|\bmastered\b|\bpassed\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompletedWords();
}
