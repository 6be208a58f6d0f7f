using System.Reflection;
using System.Runtime.InteropServices;

namespace RoadmapGit.Bench.Measuring;

/// <summary>
/// The few C library calls the meter needs: spawning a process in a process group of its own,
/// waiting for it with its resource usage (which <c>System.Diagnostics.Process</c> does not give),
/// and killing the group when it runs past its time bound. Linux, 64-bit.
/// </summary>
internal static partial class Native
{
    public const int SigKill = 9;
    public const int SigPipe = 13;
    public const int ReadOnly = 0;
    public const int WriteCreateTruncate = 0x1 | 0x40 | 0x200;
    public const short SpawnSetProcessGroup = 0x02;
    public const short SpawnSetSignalDefaults = 0x04;
    public const short SpawnSetSignalMask = 0x08;
    public const int Interrupted = 4;

    /// <summary>Bytes reserved for glibc's opaque structures (larger than each of them).</summary>
    public const int OpaqueSize = 1024;

    /// <summary>Offset of <c>ru_maxrss</c> in <c>struct rusage</c>: after two <c>struct timeval</c>s.</summary>
    public const int MaxRssOffset = 32;

    private const string Libc = "libc";

    static Native() => NativeLibrary.SetDllImportResolver(typeof(Native).Assembly, Resolve);

    [LibraryImport(Libc, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int posix_spawnp(out int pid, string file, IntPtr fileActions, IntPtr attributes, IntPtr[] argv, IntPtr[] envp);

    [LibraryImport(Libc)]
    public static partial int posix_spawn_file_actions_init(IntPtr fileActions);

    [LibraryImport(Libc)]
    public static partial int posix_spawn_file_actions_destroy(IntPtr fileActions);

    [LibraryImport(Libc, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int posix_spawn_file_actions_addopen(IntPtr fileActions, int descriptor, string path, int flags, int mode);

    [LibraryImport(Libc, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int posix_spawn_file_actions_addchdir_np(IntPtr fileActions, string path);

    [LibraryImport(Libc)]
    public static partial int posix_spawnattr_init(IntPtr attributes);

    [LibraryImport(Libc)]
    public static partial int posix_spawnattr_destroy(IntPtr attributes);

    [LibraryImport(Libc)]
    public static partial int posix_spawnattr_setflags(IntPtr attributes, short flags);

    [LibraryImport(Libc)]
    public static partial int posix_spawnattr_setpgroup(IntPtr attributes, int processGroup);

    [LibraryImport(Libc)]
    public static partial int posix_spawnattr_setsigmask(IntPtr attributes, IntPtr signals);

    [LibraryImport(Libc)]
    public static partial int posix_spawnattr_setsigdefault(IntPtr attributes, IntPtr signals);

    [LibraryImport(Libc)]
    public static partial int sigemptyset(IntPtr signals);

    [LibraryImport(Libc)]
    public static partial int sigaddset(IntPtr signals, int signal);

    [LibraryImport(Libc, SetLastError = true)]
    public static partial int wait4(int pid, out int status, int options, IntPtr usage);

    [LibraryImport(Libc)]
    public static partial int kill(int pid, int signal);

    /// <summary>glibc's <c>libc.so</c> may be a linker script that cannot be loaded; its real name comes first.</summary>
    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? path) =>
        name == Libc && NativeLibrary.TryLoad("libc.so.6", out var handle) ? handle : IntPtr.Zero;
}
