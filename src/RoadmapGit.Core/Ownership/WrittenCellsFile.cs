using System.Globalization;
using System.Text;
using RoadmapGit.Core.Report;

namespace RoadmapGit.Core.Ownership;

/// <summary>
/// The text form of <see cref="WrittenCells"/>: one line per row, tab-separated
/// (<c>roadmap, note, status, start, finish</c>, <c>-</c> for nothing, and for the second and
/// later rows linking one note which one it is, counted from 0), sorted, with a blank line
/// between rows so that two branches that change different topics never conflict when merged.
/// Lines it cannot read (a conflict marker, a hand edit) are passed over: what they remembered is
/// forgotten, so at worst a cell counts as the learner's.
/// </summary>
public static class WrittenCellsFile
{
    private const string None = "-";

    private static readonly string Header =
        "# roadmap-git: the values it last wrote into the roadmap's Status, Start and Finish cells.\n" +
        "# A cell that holds anything else was written by hand, and roadmap-git keeps it.\n" +
        "# Written by roadmap-git; commit it with the roadmap. roadmap-git update --rebuild starts it afresh.\n";

    public static WrittenCells Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(string, string, WrittenRow)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length is 5 or 6 && TryStatus(fields[2], out var status) && TryDay(fields[3], out var start) && TryDay(fields[4], out var finish)
                && TryOccurrence(fields.Length == 6 ? fields[5] : null, out var occurrence))
            {
                rows.Add((Unescape(fields[0]), Unescape(fields[1]), new WrittenRow(status, start, finish, occurrence)));
            }
        }

        return new WrittenCells(rows);
    }

    public static string Write(WrittenCells cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var text = new StringBuilder(Header);
        var entries = cells.Entries
            .Where(e => !e.Row.IsEmpty)
            .OrderBy(e => e.Roadmap, StringComparer.Ordinal)
            .ThenBy(e => e.Note, StringComparer.Ordinal)
            .ThenBy(e => e.Row.Occurrence);
        foreach (var (roadmap, note, row) in entries)
        {
            text.Append('\n')
                .Append(Escape(roadmap)).Append('\t')
                .Append(Escape(note)).Append('\t')
                .Append(row.Status is { } s ? StatusNames.Of(s) : None).Append('\t')
                .Append(Day(row.Start)).Append('\t')
                .Append(Day(row.Finish))
                .Append(row.Occurrence > 0 ? string.Create(CultureInfo.InvariantCulture, $"\t{row.Occurrence}") : string.Empty).Append('\n');
        }

        return text.ToString();
    }

    private static bool TryStatus(string text, out TopicStatus? status)
    {
        status = null;
        if (text == None)
        {
            return true;
        }

        status = StatusNames.Parse(text);
        return status is not null;
    }

    /// <summary>The first row of a note has no field for it, so a record written before there was one reads the same.</summary>
    private static bool TryOccurrence(string? text, out int occurrence)
    {
        occurrence = 0;
        return text is null || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out occurrence) && occurrence > 0);
    }

    private static bool TryDay(string text, out DateOnly? day)
    {
        day = null;
        if (text == None)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;

    /// <summary>Paths may hold any character but NUL; tabs, line breaks and backslashes are escaped.</summary>
    private static string Escape(string path) => path
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(string field)
    {
        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] != '\\' || i + 1 == field.Length)
            {
                text.Append(field[i]);
                continue;
            }

            i++;
            text.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', var other => other });
        }

        return text.ToString();
    }
}
