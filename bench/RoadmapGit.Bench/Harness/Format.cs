using System.Globalization;

namespace RoadmapGit.Bench.Harness;

/// <summary>How numbers read in the tables: three significant figures at most, units a reader expects.</summary>
internal static class Format
{
    public static string Time(TimeSpan time) => time.TotalSeconds switch
    {
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:0} ms"),
        < 10 => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.00} s"),
        < 100 => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.0} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0} s"),
    };

    public static string Memory(long kibibytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{kibibytes / 1024.0:0} MiB");

    public static string Ratio(double ratio) => ratio switch
    {
        < 10 => string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}×"),
        < 100 => string.Create(CultureInfo.InvariantCulture, $"{ratio:0.0}×"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ratio:0}×"),
    };

    public static string Count(int count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
