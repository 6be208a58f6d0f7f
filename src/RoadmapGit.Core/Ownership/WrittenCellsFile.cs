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

        // Spans, not split strings: the hook reads the record on every commit, a row per topic.
        var rows = new List<(string, string, WrittenRow)>();
        Span<Range> fields = stackalloc Range[7];

        // Nearly every row names the same roadmap: one string serves them all. Rows are compared as
        // spelled, escapes and all: another roadmap's name may spell what this one unescapes to.
        var roadmap = string.Empty;
        var spelled = ReadOnlySpan<char>.Empty;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var count = line.Split(fields, '\t');
            if (count is 5 or 6 && TryStatus(line[fields[2]], out var status) && TryDay(line[fields[3]], out var start) && TryDay(line[fields[4]], out var finish)
                && TryOccurrence(count == 6, count == 6 ? line[fields[5]] : [], out var occurrence))
            {
                if (!line[fields[0]].SequenceEqual(spelled))
                {
                    spelled = line[fields[0]];
                    roadmap = Unescape(spelled);
                }

                rows.Add((roadmap, Unescape(line[fields[1]]), new WrittenRow(status, start, finish, occurrence)));
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
                .Append(row.Status is { } s ? StatusNames.Of(s) : None).Append('\t');
            AppendDay(text, row.Start).Append('\t');
            AppendDay(text, row.Finish);
            if (row.Occurrence > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\t{row.Occurrence}");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static bool TryStatus(ReadOnlySpan<char> text, out TopicStatus? status)
    {
        status = null;
        if (text.SequenceEqual(None))
        {
            return true;
        }

        status = StatusNames.Parse(text);
        return status is not null;
    }

    /// <summary>The first row of a note has no field for it, so a record written before there was one reads the same.</summary>
    private static bool TryOccurrence(bool given, ReadOnlySpan<char> text, out int occurrence)
    {
        occurrence = 0;
        return !given || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out occurrence) && occurrence > 0);
    }

    private static bool TryDay(ReadOnlySpan<char> text, out DateOnly? day)
    {
        day = null;
        if (text.SequenceEqual(None))
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

    /// <summary>A day as the record spells it, formatted straight into the text: a record has a day or two a row.</summary>
    private static StringBuilder AppendDay(StringBuilder text, DateOnly? day) =>
        day is { } d ? text.Append(CultureInfo.InvariantCulture, $"{d:yyyy-MM-dd}") : text.Append(None.AsSpan());

    /// <summary>Paths may hold any character but NUL; tabs, line breaks and backslashes are escaped.</summary>
    private static string Escape(string path) => path
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Unescape(ReadOnlySpan<char> field)
    {
        if (!field.Contains('\\'))
        {
            return field.ToString();
        }

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
