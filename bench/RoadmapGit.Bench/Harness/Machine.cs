using System.Globalization;
using System.Runtime.InteropServices;

namespace RoadmapGit.Bench.Harness;

/// <summary>What the numbers were measured on: cores, memory, processor, system, git and .NET.</summary>
internal static class Machine
{
    /// <summary>The one-minute load average: other work on the machine makes every time longer and noisier.</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    public static string Describe()
    {
        var memoryKiB = Field("/proc/meminfo", "MemTotal:")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var memory = long.TryParse(memoryKiB, CultureInfo.InvariantCulture, out var kib) ? $"{kib / 1024.0 / 1024.0:0} GiB memory" : "memory unknown";
        var cpu = Field("/proc/cpuinfo", "model name")?.TrimStart(':', ' ', '\t') ?? "processor unknown";
        var os = Field("/etc/os-release", "PRETTY_NAME=")?.Trim('"') ?? RuntimeInformation.OSDescription;
        var git = Git.Run(Directory.GetCurrentDirectory(), "--version").Trim();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores ({cpu}), {memory}, {os}, Linux {Environment.OSVersion.Version}, {git}, {RuntimeInformation.FrameworkDescription}");
    }

    private static string? Field(string file, string prefix)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        return line?[prefix.Length..].Trim();
    }
}
