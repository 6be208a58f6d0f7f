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

    /// <summary>
    /// False when the cells read either way (slashes, every number 12 or less): month first was
    /// a guess that <see cref="Settle"/> may overturn.
    /// </summary>
    public bool OrderSettled { get; init; } = true;

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
        var (format, settled) = dates.Count > 0 ? FormatOf(dates)
            : partial.Count > 0 ? FormatOf(partial)
            : (FormatOfPlaceholder(placeholder) ?? fallback.Format, true);
        return new DateStyle(format, placeholder) { OrderSettled = settled };
    }

    /// <summary>
    /// Settles a guessed order by what is known of the rows: each cell that reads as the day
    /// history gives for it, and each row whose start does not come after its finish, speaks for
    /// the order that reads it so. The other order wins only when more speaks for it.
    /// </summary>
    public DateStyle Settle(IEnumerable<DatedRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (OrderSettled)
        {
            return this;
        }

        var other = this with { Format = SwapDayAndMonth(Format), OrderSettled = true };
        var list = rows.ToList();
        return other.Score(list) > Score(list) ? other : this with { OrderSettled = true };
    }

    private int Score(List<DatedRow> rows)
    {
        var score = 0;
        foreach (var row in rows)
        {
            DateOnly? start = TryReadExact(row.Start, out var s) ? s : null;
            DateOnly? finish = TryReadExact(row.Finish, out var f) ? f : null;
            score += (start is not null && start == row.KnownStart ? 1 : 0)
                + (finish is not null && finish == row.KnownFinish ? 1 : 0)
                + (start is not null && finish is not null && start <= finish ? 1 : 0);
        }

        return score;
    }

    private bool TryReadExact(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string SwapDayAndMonth(string format) =>
        DayOrMonth().Replace(format, m => m.Value[0] == 'd' ? new string('M', m.Length) : new string('d', m.Length));

    [GeneratedRegex("d+|M+")]
    private static partial Regex DayOrMonth();

    /// <summary>
    /// The format of the document's dates, full (<c>09.02.2026</c>) or day and month only
    /// (<c>11/27</c>, written back the same way). Slashes read month first (US style), other
    /// separators day first, unless a number too large to be a month says which one is the day;
    /// with slashes and no such number the order is not settled yet.
    /// </summary>
    private static (string Format, bool Settled) FormatOf(List<Match> dates)
    {
        var separator = dates[0].Groups["sep"].Value;
        var hasYear = dates[0].Groups["c"].Success;
        var yearFirst = dates[0].Groups["a"].Value.Length == 4;
        var (first, second) = yearFirst ? ("b", "c") : ("a", "b");
        var monthFirst = yearFirst || separator == "/";
        var settled = yearFirst || separator != "/";
        if (!yearFirst && dates.Any(d => Number(d, first) > 12))
        {
            (monthFirst, settled) = (false, true);
        }
        else if (!yearFirst && dates.Any(d => Number(d, second) > 12))
        {
            (monthFirst, settled) = (true, true);
        }

        // A learner pads both day and month or neither; one short number anywhere says which.
        var padded = !dates.Any(d => d.Groups[first].Value.Length == 1 || d.Groups[second].Value.Length == 1);
        var (day, month) = padded ? ("dd", "MM") : ("d", "M");
        string[] dayMonth = monthFirst ? [month, day] : [day, month];
        var year = dates.All(d => d.Groups[yearFirst ? "a" : "c"].Value.Length == 2) ? "yy" : "yyyy";
        string[] parts = !hasYear ? dayMonth : yearFirst ? [year, .. dayMonth] : [.. dayMonth, year];
        return (string.Join($"'{separator}'", parts), settled);
    }

    private static int Number(Match date, string group) => int.Parse(date.Groups[group].Value, CultureInfo.InvariantCulture);

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
