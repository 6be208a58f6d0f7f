namespace RoadmapGit.Core.Inference;

/// <summary>
/// The learner's measured pace, in topics finished per day: the finishes of the last
/// <c>window</c> days divided by the days actually spent in that window (from the first start,
/// when that is more recent); when none fall in the window, all finishes divided by the days
/// since the first start.
/// </summary>
public sealed record Pace(double TopicsPerDay, string Basis)
{
    public static Pace? Measure(IReadOnlyCollection<DateOnly> finishes, DateOnly? firstStart, DateOnly asOf, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(finishes);
        if (finishes.Count == 0)
        {
            return null;
        }

        var since = firstStart is { } start && start < finishes.Min() ? start : finishes.Min();
        var daysSpent = Math.Max(1, asOf.DayNumber - since.DayNumber + 1);
        var window = Math.Min(windowDays, daysSpent);
        var windowStart = asOf.AddDays(-window + 1);
        var recent = finishes.Count(f => f >= windowStart && f <= asOf);
        if (recent > 0)
        {
            return new Pace((double)recent / window, $"{recent} finished in the last {Days(window)}");
        }

        return new Pace((double)finishes.Count / daysSpent, $"{finishes.Count} finished in {Days(daysSpent)}");
    }

    /// <summary>The day <paramref name="remaining"/> topics are done at this pace, counting from <paramref name="asOf"/>.</summary>
    public DateOnly Forecast(int remaining, DateOnly asOf) =>
        asOf.AddDays((int)Math.Ceiling(remaining / TopicsPerDay));

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
