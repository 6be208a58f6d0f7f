using System.Globalization;
using System.Text.RegularExpressions;

namespace RoadmapGit.Core.Conventions;

/// <summary>
/// How a document writes dates and unknown dates. Learned from its date cells: the order of day,
/// month and year, zero padding, year digits and the separator character as written (so a
/// document that uses U+2011 non-breaking hyphens keeps them).
/// </summary>
public sealed partial record DateStyle(string Format, string Placeholder)
{
    public static DateStyle Iso { get; } = new("yyyy-MM-dd", string.Empty);

    public string Write(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public bool TryRead(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
        || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateStyle Learn(IEnumerable<string> values, DateStyle fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        var dates = new List<Match>();
        var partial = new List<Match>();
        var others = new List<string>();
        foreach (var raw in values)
        {
            var value = raw.Trim();
            var match = DatePattern().Match(value);
            if (match.Success)
            {
                dates.Add(match);
            }
            else if (YearlessPattern().Match(value) is { Success: true } yearless)
            {
                partial.Add(yearless);
            }
            else if (value.Length > 0)
            {
                others.Add(value);
            }
        }

        // A value with digits in it (2025-01-2X) is a half-known date, not the document's "no date".
        var placeholder = others
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderBy(g => g.Key.Any(char.IsDigit))
            .ThenByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? fallback.Placeholder;
        var format = dates.Count > 0 ? FormatOf(dates)
            : partial.Count > 0 ? YearlessFormatOf(partial)
            : FormatOfPlaceholder(placeholder) ?? fallback.Format;
        return new DateStyle(format, placeholder);
    }

    private static string FormatOf(List<Match> dates)
    {
        var first = dates[0];
        var separator = first.Groups["sep"].Value;
        var yearFirst = first.Groups["a"].Value.Length == 4;
        var (dayGroup, monthGroup) = ("a", "b");
        if (!yearFirst)
        {
            // Slashes read month first (US style), other separators day first, unless a number
            // too large to be a month says which one is the day.
            var monthFirst = separator == "/";
            if (dates.Any(d => int.Parse(d.Groups["a"].Value, CultureInfo.InvariantCulture) > 12))
            {
                monthFirst = false;
            }
            else if (dates.Any(d => int.Parse(d.Groups["b"].Value, CultureInfo.InvariantCulture) > 12))
            {
                monthFirst = true;
            }

            (dayGroup, monthGroup) = monthFirst ? ("b", "a") : ("a", "b");
        }
        else
        {
            (dayGroup, monthGroup) = ("c", "b");
        }

        // A learner pads both day and month or neither; one short number anywhere says which.
        var padded = !dates.Any(d => d.Groups[dayGroup].Value.Length == 1 || d.Groups[monthGroup].Value.Length == 1);
        var day = padded ? "dd" : "d";
        var month = padded ? "MM" : "M";
        var yearGroup = yearFirst ? "a" : "c";
        var year = dates.All(d => d.Groups[yearGroup].Value.Length == 2) ? "yy" : "yyyy";
        var quoted = $"'{separator}'";
        var parts = yearFirst ? new[] { year, month, day }
            : dayGroup == "a" ? [day, month, year] : [month, day, year];
        return string.Join(quoted, parts);
    }

    /// <summary>
    /// Day and month with no year (<c>11/27</c>): written back the same way, so such a log keeps
    /// its style; which number is the month follows the same rule as full dates.
    /// </summary>
    private static string YearlessFormatOf(List<Match> dates)
    {
        var separator = dates[0].Groups["sep"].Value;
        var monthFirst = separator == "/";
        if (dates.Any(d => int.Parse(d.Groups["a"].Value, CultureInfo.InvariantCulture) > 12))
        {
            monthFirst = false;
        }
        else if (dates.Any(d => int.Parse(d.Groups["b"].Value, CultureInfo.InvariantCulture) > 12))
        {
            monthFirst = true;
        }

        var padded = !dates.Any(d => d.Groups["a"].Value.Length == 1 || d.Groups["b"].Value.Length == 1);
        var (day, month) = padded ? ("dd", "MM") : ("d", "M");
        var quoted = $"'{separator}'";
        return monthFirst ? month + quoted + day : day + quoted + month;
    }

    [GeneratedRegex(@"^(?<a>\d{1,2})(?<sep>[./\-\u2010\u2011])(?<b>\d{1,2})$")]
    private static partial Regex YearlessPattern();

    /// <summary>
    /// A placeholder shaped like a date (<c>xx.xx.xx</c>, <c>YYYY-MM-DD</c>, <c>XX/XX/XXXX</c>) tells the
    /// separator and order even when no real date is left in the document; the year is written in full.
    /// </summary>
    private static string? FormatOfPlaceholder(string placeholder)
    {
        var match = PlaceholderPattern().Match(placeholder);
        if (!match.Success)
        {
            return null;
        }

        var separator = $"'{match.Groups["sep"].Value}'";
        return match.Groups["a"].Value.Length == 4 ? $"yyyy{separator}MM{separator}dd"
            : match.Groups["sep"].Value == "/" ? $"MM{separator}dd{separator}yyyy"
            : $"dd{separator}MM{separator}yyyy";
    }

    [GeneratedRegex(@"^(?<a>[A-Za-z]{1,4})(?<sep>[./\-\u2010\u2011\u2012\u2013])[A-Za-z]{1,2}\k<sep>[A-Za-z]{2,4}$")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^(?<a>\d{1,4})(?<sep>[./\-\u2010\u2011\u2012\u2013])(?<b>\d{1,2})\k<sep>(?<c>\d{2,4})$")]
    private static partial Regex DatePattern();
}
