using RoadmapGit.Core.Config;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Conventions;

/// <summary>The labels and date style a roadmap file writes, learned from it unless pinned in the config.</summary>
public sealed record DocumentConventions(StatusLabels Labels, DateStyle Dates)
{
    public static DocumentConventions Learn(RoadmapDocument document, RoadmapConfig config) => Shown(document).Within(config);

    /// <summary>What the document itself shows, before the config has its say: it depends on the document alone.</summary>
    public static DocumentConventions Shown(RoadmapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var statusTexts = document.Tables
            .SelectMany(t => t.Rows.Where(r => !r.Shifted).Select(r => r.Line.CellAt(t.Columns.Status)?.Text ?? string.Empty))
            .Concat(document.OverallLines.Select(o => o.Status.Text));
        var labels = StatusLabels.Learn(statusTexts, document.LegendLabels, StatusLabels.Default);

        var dateTexts = document.Tables.SelectMany(t => t.Rows.Where(r => !r.Shifted).SelectMany(r => new[]
            {
                t.Columns.Start is { } s ? r.Line.CellAt(s)?.Text : null,
                t.Columns.Finish is { } f ? r.Line.CellAt(f)?.Text : null,
            }))
            .Concat(document.OverallLines.SelectMany(o => new[] { o.Start?.Text, o.Finish?.Text }))
            .OfType<string>();
        return new DocumentConventions(labels, DateStyle.Learn(dateTexts, DateStyle.Iso));
    }

    /// <summary>These conventions with the labels, date format and placeholder the config pins put in.</summary>
    public DocumentConventions Within(RoadmapConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var labels = new StatusLabels(
            config.NotStartedLabel ?? Labels.NotStarted,
            config.InProgressLabel ?? Labels.InProgress,
            config.CompletedLabel ?? Labels.Completed,
            config.SkippedLabel ?? Labels.Skipped);
        var dates = new DateStyle(config.DateFormat ?? Dates.Format, config.Placeholder ?? Dates.Placeholder)
        {
            OrderSettled = config.DateFormat is not null || Dates.OrderSettled,
        };
        return new DocumentConventions(labels, dates);
    }
}
