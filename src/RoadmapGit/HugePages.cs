using System.Globalization;
using System.Runtime.InteropServices;

namespace RoadmapGit;

/// <summary>
/// Asks Linux to back the memory of the <see cref="CollectionBudget"/> with 2 MiB pages. A run
/// from the cache touches about a hundred MiB of fresh memory once: in 4 KiB pages that is some
/// 25,000 page faults, a quarter of the hook's time on a long roadmap, and a few dozen in 2 MiB
/// pages. Only the mapping that holds the young generation's budget is advised, and only while
/// the budget lasts; where the kernel has no transparent huge pages, or is set never to use them,
/// the advice changes nothing.
/// </summary>
internal static partial class HugePages
{
    private const int Huge = 14; // MADV_HUGEPAGE
    private const int NotHuge = 15; // MADV_NOHUGEPAGE

    private static (nint Start, nuint Length)? _advised;

    /// <summary>Advises the mapping that holds a newly allocated object: in the budget, the young generation's.</summary>
    public static void AdviseYoungGeneration()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
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

            if (MappingAround(address, File.ReadLines("/proc/self/maps")) is { } mapping
                && madvise((nint)mapping.Start, (nuint)(mapping.End - mapping.Start), Huge) == 0)
            {
                _advised = ((nint)mapping.Start, (nuint)(mapping.End - mapping.Start));
            }
        }
        catch (IOException)
        {
            // No /proc: pages as usual.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Takes the advice back, for a run that collects as usual from its start.</summary>
    public static void Withdraw()
    {
        if (_advised is { } advised)
        {
            _ = madvise(advised.Start, advised.Length, NotHuge);
            _advised = null;
        }
    }

    /// <summary>
    /// The writable anonymous mapping that holds <paramref name="address"/>, from lines of
    /// <c>/proc/self/maps</c> (<c>start-end perms offset device inode [path]</c>); null for any
    /// other mapping, so nothing that is not the collector's memory is ever advised.
    /// </summary>
    internal static (ulong Start, ulong End)? MappingAround(ulong address, IEnumerable<string> maps)
    {
        foreach (var line in maps)
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var range = fields.Length >= 5 ? fields[0].Split('-') : [];
            if (range.Length != 2
                || !ulong.TryParse(range[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                || !ulong.TryParse(range[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
                || address < start || address >= end)
            {
                continue;
            }

            var anonymous = fields[4] == "0" && (fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5]));
            return anonymous && fields[1].StartsWith("rw", StringComparison.Ordinal) ? (start, end) : null;
        }

        return null;
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int madvise(nint address, nuint length, int advice);
}
