namespace RoadmapGit.Core.Inference;

/// <summary>
/// The learner's measured pace, in topics finished per day: finishes in the last
/// <c>window</c> days divided by the window; when none fall in it, all finishes divided by the
/// days since the first start.
/// </summary>
public sealed record Pace(double TopicsPerDay, string Basis)
{
    public static Pace? Measure(IReadOnlyCollection<DateOnly> finishes, DateOnly? firstStart, DateOnly asOf, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(finishes);
        var windowStart = asOf.AddDays(-windowDays + 1);
        var recent = finishes.Count(f => f >= windowStart && f <= asOf);
        if (recent > 0)
        {
            return new Pace((double)recent / windowDays, $"{recent} finished in the last {windowDays} days");
        }

        if (finishes.Count == 0)
        {
            return null;
        }

        var since = firstStart ?? finishes.Min();
        var days = Math.Max(1, asOf.DayNumber - since.DayNumber + 1);
        return new Pace((double)finishes.Count / days, $"{finishes.Count} finished in {days} days");
    }

    /// <summary>The day <paramref name="remaining"/> topics are done at this pace, counting from <paramref name="asOf"/>.</summary>
    public DateOnly Forecast(int remaining, DateOnly asOf) =>
        asOf.AddDays((int)Math.Ceiling(remaining / TopicsPerDay));
}
