using RoadmapGit.Core.Config;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Conventions;

/// <summary>The labels and date style a roadmap file writes, learned from it unless pinned in the config.</summary>
public sealed record DocumentConventions(StatusLabels Labels, DateStyle Dates)
{
    public static DocumentConventions Learn(RoadmapDocument document, RoadmapConfig config)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(config);
        var statusTexts = document.Tables
            .SelectMany(t => t.Rows.Where(r => !r.Shifted).Select(r => r.Line.CellAt(t.Columns.Status)?.Text ?? string.Empty))
            .Concat(document.OverallLines.Select(o => o.Status.Text));
        var learned = StatusLabels.Learn(statusTexts, document.LegendLabels, StatusLabels.Default);
        var labels = new StatusLabels(
            config.NotStartedLabel ?? learned.NotStarted,
            config.InProgressLabel ?? learned.InProgress,
            config.CompletedLabel ?? learned.Completed,
            config.SkippedLabel ?? learned.Skipped);

        var dateTexts = document.Tables.SelectMany(t => t.Rows.Where(r => !r.Shifted).SelectMany(r => new[]
            {
                t.Columns.Start is { } s ? r.Line.CellAt(s)?.Text : null,
                t.Columns.Finish is { } f ? r.Line.CellAt(f)?.Text : null,
            }))
            .Concat(document.OverallLines.SelectMany(o => new[] { o.Start?.Text, o.Finish?.Text }))
            .OfType<string>();
        var dates = DateStyle.Learn(dateTexts, DateStyle.Iso);
        dates = new DateStyle(config.DateFormat ?? dates.Format, config.Placeholder ?? dates.Placeholder)
        {
            OrderSettled = config.DateFormat is not null || dates.OrderSettled,
        };
        return new DocumentConventions(labels, dates);
    }
}
