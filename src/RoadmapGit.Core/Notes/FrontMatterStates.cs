using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Notes;

/// <summary>The values of a note's front-matter <c>status:</c>, read and suggested from one table.</summary>
internal static class FrontMatterStates
{
    private static readonly Dictionary<string, ExplicitState> States = new(StringComparer.OrdinalIgnoreCase)
    {
        ["done"] = ExplicitState.Complete,
        ["complete"] = ExplicitState.Complete,
        ["completed"] = ExplicitState.Complete,
        ["finished"] = ExplicitState.Complete,
        ["in-progress"] = ExplicitState.InProgress,
        ["in progress"] = ExplicitState.InProgress,
        ["inprogress"] = ExplicitState.InProgress,
        ["wip"] = ExplicitState.InProgress,
        ["started"] = ExplicitState.InProgress,
        ["doing"] = ExplicitState.InProgress,
        ["skipped"] = ExplicitState.Skipped,
        ["skip"] = ExplicitState.Skipped,
        ["not-started"] = ExplicitState.NotStarted,
        ["not started"] = ExplicitState.NotStarted,
        ["todo"] = ExplicitState.NotStarted,
    };

    /// <summary>The values a warning lists: the documented ones (their aliases are read too).</summary>
    public static IReadOnlyList<string> Documented { get; } = ["done", "complete", "completed", "finished", "in-progress", "wip", "started", "skipped", "todo"];

    public static ExplicitState Read(string value) => States.GetValueOrDefault(value.Trim(), ExplicitState.None);

    /// <summary>
    /// The value a learner most likely meant: the words of <c>completed ✅</c> without the symbol,
    /// or the nearest value by a slip of the keyboard (<c>doen</c>).
    /// </summary>
    public static string? Closest(string value)
    {
        var words = new string(value.Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').ToArray()).Trim();
        if (words.Length > 0 && States.ContainsKey(words))
        {
            return words.ToLowerInvariant();
        }

        return Suggestions.Closest(value.Trim(), States.Keys);
    }
}
