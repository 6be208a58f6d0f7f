using System.Globalization;
using System.Runtime.InteropServices;

namespace RoadmapGit;

/// <summary>
/// Asks Linux to back the memory of the <see cref="CollectionBudget"/> with 2 MiB pages. A run
/// from the cache touches about a hundred MiB of fresh memory once: in 4 KiB pages that is some
/// 25,000 page faults, a sixth of the hook's time on a long roadmap, and a few dozen in 2 MiB
/// pages. Only where the kernel gives huge pages to memory that asks for them (the usual
/// <c>madvise</c> setting) is anything asked: under <c>always</c> the memory has them already,
/// under <c>never</c> it cannot.
/// </summary>
internal static partial class HugePages
{
    private const int Huge = 14; // MADV_HUGEPAGE
    private const int NotHuge = 15; // MADV_NOHUGEPAGE
    private const string Setting = "/sys/kernel/mm/transparent_hugepage/enabled";

    private static (nint Start, nuint Length)? _advised;

    /// <summary>
    /// Advises the collector's memory around a newly allocated object, as far as the budget can
    /// reach either way: the collector commits the budget as it goes, next to where it allocates.
    /// </summary>
    public static void AdviseBudget(long budget)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            if (!File.ReadAllText(Setting).Contains("[madvise]", StringComparison.Ordinal))
            {
                return;
            }

            var probe = GCHandle.Alloc(new byte[1], GCHandleType.Pinned);
            ulong address;
            try
            {
                address = (ulong)probe.AddrOfPinnedObject();
            }
            finally
            {
                probe.Free();
            }

            if (SpanAround(address, (ulong)budget, File.ReadLines("/proc/self/maps")) is { } span
                && madvise((nint)span.Start, (nuint)(span.End - span.Start), Huge) == 0)
            {
                _advised = ((nint)span.Start, (nuint)(span.End - span.Start));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // No /proc or /sys, or no madvise to call: pages as usual.
        }
    }

    /// <summary>Takes the advice back, for a run that collects as usual from its start: under <c>madvise</c>, no huge pages is the usual.</summary>
    public static void Withdraw()
    {
        if (_advised is { } advised)
        {
            _ = madvise(advised.Start, advised.Length, NotHuge);
            _advised = null;
        }
    }

    /// <summary>
    /// The unbroken run of anonymous private mappings (the collector's reservation, committed or
    /// not) that holds <paramref name="address"/>, cut to <paramref name="reach"/> either side of
    /// it; null when the address is in any other mapping, so nothing but the collector's memory is
    /// ever advised. Lines are <c>/proc/self/maps</c>': <c>start-end perms offset device inode [path]</c>.
    /// </summary>
    internal static (ulong Start, ulong End)? SpanAround(ulong address, ulong reach, IEnumerable<string> maps)
    {
        var anonymous = new List<(ulong Start, ulong End)>();
        (ulong Start, ulong End)? run = null;
        foreach (var line in maps)
        {
            if (Anonymous(line) is not { } mapping)
            {
                continue;
            }

            anonymous.Add(mapping);
            if (address >= mapping.Start && address < mapping.End)
            {
                run = mapping;
            }
        }

        if (run is not { } found)
        {
            return null;
        }

        // The maps are in address order: widen the run over its neighbours while they touch.
        var at = anonymous.IndexOf(found);
        var (start, end) = found;
        for (var i = at - 1; i >= 0 && anonymous[i].End == start; i--)
        {
            start = anonymous[i].Start;
        }

        for (var i = at + 1; i < anonymous.Count && anonymous[i].Start == end; i++)
        {
            end = anonymous[i].End;
        }

        const ulong Page = 4096;
        var low = address > reach ? (address - reach) & ~(Page - 1) : 0;
        var high = address <= ulong.MaxValue - reach - Page ? (address + reach + Page - 1) & ~(Page - 1) : ulong.MaxValue;
        return (Math.Max(start, low), Math.Min(end, high));
    }

    /// <summary>A private mapping of no file, readable and writable or reserved; null for any other line.</summary>
    private static (ulong Start, ulong End)? Anonymous(string line)
    {
        var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
        var range = fields.Length >= 5 ? fields[0].Split('-') : [];
        var reservedOrWritable = fields.Length >= 5 && fields[1] is "rw-p" or "---p";
        return range.Length == 2 && reservedOrWritable && fields[4] == "0" && (fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5]))
            && ulong.TryParse(range[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            && ulong.TryParse(range[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
            && start < end
            ? (start, end)
            : null;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int madvise(nint address, nuint length, int advice);
}
