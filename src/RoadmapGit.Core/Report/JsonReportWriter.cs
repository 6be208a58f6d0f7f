using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoadmapGit.Core.Report;

/// <summary>The report as JSON: every topic with title, section, note, status, start and finish.</summary>
public static class JsonReportWriter
{
    public static string Write(ProgressReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", Iso(report.AsOf));
            json.WriteStartObject("progress");
            json.WriteNumber("completed", report.Completed);
            json.WriteNumber("inProgress", report.InProgressCount);
            json.WriteNumber("counted", report.Counted);
            json.WriteNumber("percent", report.Percent);
            json.WriteEndObject();
            WriteNumber(json, "topicsPerWeek", report.Pace is { } pace ? Math.Round(pace.TopicsPerDay * 7, 2) : null);
            WriteDate(json, "forecast", report.Forecast);
            json.WriteStartArray("sections");
            foreach (var section in report.Sections)
            {
                json.WriteStartObject();
                json.WriteString("title", section.Title);
                json.WriteNumber("completed", section.Completed);
                json.WriteNumber("inProgress", section.InProgress);
                json.WriteNumber("skipped", section.Skipped);
                json.WriteNumber("counted", section.Counted);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("topics");
            foreach (var topic in report.Topics)
            {
                json.WriteStartObject();
                json.WriteString("title", topic.Title);
                json.WriteString("section", topic.Section);
                json.WriteString("note", topic.Note);
                json.WriteString("status", StatusNames.Of(topic.Status));
                WriteDate(json, "start", topic.Start);
                WriteDate(json, "finish", topic.Finish);
                json.WriteStartObject("handWritten");
                foreach (var (cell, edit) in topic.HandWritten)
                {
                    json.WriteStartObject(cell.ToString().ToLowerInvariant());
                    json.WriteString("commit", edit is { IsCommitted: true, BeforeCut: false } ? edit.CommitId : null);
                    WriteDate(json, "date", edit?.KnownDay);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, Iso(d));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? number)
    {
        if (number is { } n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
