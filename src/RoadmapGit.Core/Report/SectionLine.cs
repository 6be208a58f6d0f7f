namespace RoadmapGit.Core.Report;

/// <summary>Counts for one section; skipped topics are left out of <see cref="Counted"/>.</summary>
public sealed record SectionLine(string Title, int Counted, int Completed, int InProgress, int Skipped)
{
    public int Percent => Counted == 0 ? 0 : (int)Math.Round(100.0 * Completed / Counted);
}
