using System.Text;
using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// One parsed roadmap as bytes. Cells are kept as spans only: their text is cut from the roadmap's
/// text when the entry is used, so an entry is decoded against the text it was parsed from, and
/// one whose spans do not fit that text is no entry at all. Offsets are written as distances from
/// the one before, so most take a byte.
/// </summary>
internal static class ParsedRoadmapFormat
{
    public static byte[] Encode(ParsedRoadmap parsed)
    {
        var document = parsed.Document;
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            var sections = document.Tables.SelectMany(t => t.Rows.Select(r => r.Section).Prepend(t.Section)).Distinct(StringComparer.Ordinal).ToList();
            var sectionNumbers = sections.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
            CacheLists.Write(writer, sections, writer.Write);
            CacheLists.Write(writer, document.Tables, table =>
            {
                WriteLine(writer, table.Header);
                WriteOptional(writer, table.Delimiter, line => WriteLine(writer, line));
                CacheLists.Write(writer, table.Rows, row =>
                {
                    WriteLine(writer, row.Line);
                    writer.Write(row.Topic);
                    WriteOptional(writer, row.Note, note =>
                    {
                        writer.Write(note.Path);
                        WriteSpan(writer, note.UrlSpan);
                        writer.Write(note.Url);
                        WriteSpan(writer, note.Span);
                    });
                    writer.Write7BitEncodedInt(sectionNumbers[row.Section]);
                    writer.Write(row.Shifted);
                });
                var columns = table.Columns;
                writer.Write7BitEncodedInt(columns.Status);
                WriteNumber(writer, columns.Start);
                WriteNumber(writer, columns.Finish);
                writer.Write7BitEncodedInt(columns.Topic);
                WriteNumber(writer, columns.Notes);
                CacheLists.Write(writer, table.AlignedColumns.Order().ToList(), writer.Write7BitEncodedInt);
                writer.Write7BitEncodedInt(sectionNumbers[table.Section]);
            });
            CacheLists.Write(writer, document.OverallLines, line =>
            {
                writer.Write7BitEncodedInt(line.LineNumber);
                WriteValue(writer, line.Status);
                WriteOptional(writer, line.Start, value => WriteValue(writer, value));
                WriteOptional(writer, line.Finish, value => WriteValue(writer, value));
                writer.Write(line.Section);
                writer.Write7BitEncodedInt(line.SectionStart);
                writer.Write7BitEncodedInt(line.SectionEnd);
            });
            CacheLists.Write(writer, document.LegendLabels, writer.Write);
            CacheLists.Write(writer, document.Diagnostics, diagnostic =>
            {
                writer.Write(diagnostic.Code);
                writer.Write7BitEncodedInt((int)diagnostic.Severity);
                WriteOptional(writer, diagnostic.File, writer.Write);
                WriteNumber(writer, diagnostic.Line);
                writer.Write(diagnostic.Message);
            });
            var labels = parsed.Shown.Labels;
            writer.Write(labels.NotStarted);
            writer.Write(labels.InProgress);
            writer.Write(labels.Completed);
            writer.Write(labels.Skipped);
            var dates = parsed.Shown.Dates;
            writer.Write(dates.Format);
            writer.Write(dates.Placeholder);
            writer.Write(dates.OrderSettled);
        }

        return bytes.ToArray();
    }

    /// <summary>The roadmap <paramref name="data"/> holds, its cells cut from <paramref name="text"/>; null when they do not fit it.</summary>
    public static ParsedRoadmap? TryDecode(byte[] data, string path, string text)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            var sections = CacheLists.Read(reader, reader.ReadString);
            string Section() => sections[Number(reader)];
            var tables = CacheLists.Read(reader, () =>
            {
                var header = ReadLine(reader, text);
                var delimiter = ReadOptional(reader, () => ReadLine(reader, text));
                var rows = CacheLists.Read(reader, () => new RoadmapRow(
                    ReadLine(reader, text),
                    reader.ReadString(),
                    ReadOptional(reader, () => new NoteLink(reader.ReadString(), ReadSpan(reader, text), reader.ReadString(), ReadSpan(reader, text))),
                    Section(),
                    reader.ReadBoolean()));
                var columns = new ColumnMap(Number(reader), ReadNumber(reader), ReadNumber(reader), Number(reader), ReadNumber(reader));
                var aligned = CacheLists.Read(reader, () => Number(reader)).ToHashSet();
                return new RoadmapTable(header, delimiter, rows, columns, aligned, Section());
            });
            var overallLines = CacheLists.Read(reader, () => new OverallLine(
                Number(reader),
                ReadValue(reader, text),
                ReadOptional(reader, () => ReadValue(reader, text)),
                ReadOptional(reader, () => ReadValue(reader, text)),
                reader.ReadString(),
                Number(reader),
                Number(reader)));
            var legend = CacheLists.Read(reader, reader.ReadString);
            var diagnostics = CacheLists.Read(reader, () => new Diagnostic(
                reader.ReadString(), (Severity)Number(reader), ReadOptional(reader, reader.ReadString), ReadNumber(reader), reader.ReadString()));
            var labels = new StatusLabels(reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
            var dates = new DateStyle(reader.ReadString(), reader.ReadString()) { OrderSettled = reader.ReadBoolean() };
            return reader.BaseStream.Position == data.Length
                ? new ParsedRoadmap(new RoadmapDocument(path, text, tables, overallLines, legend, diagnostics), new DocumentConventions(labels, dates))
                : null;
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    private static void WriteLine(BinaryWriter writer, TableLine line)
    {
        writer.Write7BitEncodedInt(line.LineNumber);
        WriteSpan(writer, line.Span);
        writer.Write7BitEncodedInt(line.Cells.Count);
        var previous = line.Span.Start;
        foreach (var cell in line.Cells)
        {
            writer.Write7BitEncodedInt(cell.Segment.Start - previous);
            writer.Write7BitEncodedInt(cell.Content.Start - cell.Segment.Start);
            writer.Write7BitEncodedInt(cell.Content.Length);
            writer.Write7BitEncodedInt(cell.Segment.End - cell.Content.End);
            previous = cell.Segment.End;
        }
    }

    private static TableLine ReadLine(BinaryReader reader, string text)
    {
        var number = Number(reader);
        var span = ReadSpan(reader, text);
        var cells = new TableCell[CacheCounts.Read(reader, smallestItem: 4)];
        var previous = span.Start;
        for (var i = 0; i < cells.Length; i++)
        {
            var segmentStart = previous + Number(reader);
            var contentStart = segmentStart + Number(reader);
            var content = Within(text, contentStart, contentStart + Number(reader));
            var segment = Within(text, segmentStart, content.End + Number(reader));
            cells[i] = new TableCell(segment, content, text[content.Start..content.End]);
            previous = segment.End;
        }

        return new TableLine(number, span, cells);
    }

    private static void WriteValue(BinaryWriter writer, LabeledValue value)
    {
        WriteSpan(writer, value.Span);
        writer.Write(value.Text);
    }

    private static LabeledValue ReadValue(BinaryReader reader, string text) => new(ReadSpan(reader, text), reader.ReadString());

    private static void WriteSpan(BinaryWriter writer, TextSpan span)
    {
        writer.Write7BitEncodedInt(span.Start);
        writer.Write7BitEncodedInt(span.Length);
    }

    private static TextSpan ReadSpan(BinaryReader reader, string text)
    {
        var start = Number(reader);
        return Within(text, start, start + Number(reader));
    }

    /// <summary>A span of <paramref name="text"/>, or a format error for one that is not.</summary>
    private static TextSpan Within(string text, int start, int end) =>
        start >= 0 && start <= end && end <= text.Length ? new TextSpan(start, end) : throw new FormatException("a span beyond the text");

    private static void WriteNumber(BinaryWriter writer, int? number)
    {
        writer.Write(number.HasValue);
        if (number is { } present)
        {
            writer.Write7BitEncodedInt(present);
        }
    }

    private static int? ReadNumber(BinaryReader reader) => reader.ReadBoolean() ? Number(reader) : null;

    private static int Number(BinaryReader reader) => reader.Read7BitEncodedInt() is var n and >= 0 ? n : throw new FormatException("a negative number");

    private static void WriteOptional<T>(BinaryWriter writer, T? value, Action<T> write)
        where T : class
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            write(value);
        }
    }

    private static T? ReadOptional<T>(BinaryReader reader, Func<T> read)
        where T : class => reader.ReadBoolean() ? read() : null;
}
