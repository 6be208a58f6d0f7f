using System.Collections;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RoadmapGit.Bench.Measuring;

/// <summary>
/// Runs a command once and measures it as a user would feel it: wall-clock time from spawn to
/// exit, and peak memory of the process with its children. The process gets a process group of
/// its own so a run past its time bound is killed with everything it started.
/// </summary>
internal static class ProcessMeter
{
    private const int UsageSize = 256;

    public static Measurement Run(string file, IReadOnlyList<string> args, string directory, TimeSpan bound, Action<IDictionary<string, string?>>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var errorFile = Path.GetTempFileName();
        var fileActions = Marshal.AllocHGlobal(Native.OpaqueSize);
        var attributes = Marshal.AllocHGlobal(Native.OpaqueSize);
        var signals = Marshal.AllocHGlobal(Native.OpaqueSize);
        var usage = Marshal.AllocHGlobal(UsageSize);
        var argv = Strings([file, .. args]);
        var envp = Strings(EnvironmentBlock(environment));
        try
        {
            Check(Native.posix_spawn_file_actions_init(fileActions), "posix_spawn_file_actions_init");
            Check(Native.posix_spawn_file_actions_addopen(fileActions, 0, "/dev/null", Native.ReadOnly, 0), "open stdin");
            Check(Native.posix_spawn_file_actions_addopen(fileActions, 1, "/dev/null", Native.WriteCreateTruncate, 0x1A4), "open stdout");
            Check(Native.posix_spawn_file_actions_addopen(fileActions, 2, errorFile, Native.WriteCreateTruncate, 0x1A4), "open stderr");
            Check(Native.posix_spawn_file_actions_addchdir_np(fileActions, directory), "chdir");
            Check(Native.posix_spawnattr_init(attributes), "posix_spawnattr_init");
            Check(Native.posix_spawnattr_setflags(attributes, Native.SpawnSetProcessGroup | Native.SpawnSetSignalMask | Native.SpawnSetSignalDefaults), "setflags");
            Check(Native.posix_spawnattr_setpgroup(attributes, 0), "setpgroup");
            Check(Native.sigemptyset(signals), "sigemptyset");
            Check(Native.posix_spawnattr_setsigmask(attributes, signals), "setsigmask");
            // .NET ignores SIGPIPE, and an ignored signal stays ignored across exec: give it back.
            Check(Native.sigaddset(signals, Native.SigPipe), "sigaddset");
            Check(Native.posix_spawnattr_setsigdefault(attributes, signals), "setsigdefault");

            var self = System.Environment.ProcessId;
            var spawnerPeak = ProcessTreeMemory.StatusKiB(self, "VmHWM");
            var stopwatch = Stopwatch.StartNew();
            Check(Native.posix_spawnp(out var pid, file, fileActions, attributes, argv, envp), $"spawn {file}");
            var memory = new ProcessTreeMemory(pid, ProcessTreeMemory.Executable(self));
            var timedOut = false;
            var exited = false;
            var gate = new object();
            using var timer = new Timer(
                _ =>
                {
                    lock (gate)
                    {
                        if (!exited)
                        {
                            timedOut = true;
                            _ = Native.kill(-pid, Native.SigKill);
                        }
                    }
                },
                null,
                bound,
                Timeout.InfiniteTimeSpan);
            var status = Wait(pid, usage);
            lock (gate)
            {
                exited = true;
            }

            var elapsed = stopwatch.Elapsed;
            memory.Dispose();

            // Until exec the vfork child runs in this process's memory, and the kernel folds this process's
            // peak into the child's: wait4's figure is the child's own only when it is the larger.
            var waited = Marshal.ReadInt64(usage, Native.MaxRssOffset);
            var exact = waited > spawnerPeak + 1024;
            var peak = exact ? Math.Max(waited, memory.PeakKiB) : memory.Seen ? memory.PeakKiB : waited;
            var exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F);
            var error = exitCode == 0 ? string.Empty : Tail(File.ReadAllText(errorFile));
            return new Measurement(timedOut ? bound : elapsed, peak, !exact && !memory.Seen, exitCode, timedOut, error);
        }
        finally
        {
            _ = Native.posix_spawn_file_actions_destroy(fileActions);
            _ = Native.posix_spawnattr_destroy(attributes);
            Free(argv);
            Free(envp);
            Marshal.FreeHGlobal(fileActions);
            Marshal.FreeHGlobal(attributes);
            Marshal.FreeHGlobal(signals);
            Marshal.FreeHGlobal(usage);
            File.Delete(errorFile);
        }
    }

    private static int Wait(int pid, IntPtr usage)
    {
        while (true)
        {
            if (Native.wait4(pid, out var status, 0, usage) == pid)
            {
                return status;
            }

            if (Marshal.GetLastPInvokeError() != Native.Interrupted)
            {
                throw new InvalidOperationException($"wait4 failed with errno {Marshal.GetLastPInvokeError()}");
            }
        }
    }

    private static List<string> EnvironmentBlock(Action<IDictionary<string, string?>>? change)
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value;
        }

        Git.Isolate(variables);
        change?.Invoke(variables);
        return variables.Where(v => v.Value is not null).Select(v => $"{v.Key}={v.Value}").ToList();
    }

    private static IntPtr[] Strings(IReadOnlyList<string> values) =>
        [.. values.Select(Marshal.StringToCoTaskMemUTF8), IntPtr.Zero];

    private static void Free(IntPtr[] strings)
    {
        foreach (var pointer in strings)
        {
            Marshal.FreeCoTaskMem(pointer);
        }
    }

    private static void Check(int result, string what)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"{what} failed with error {result}");
        }
    }

    private static string Tail(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 400 ? trimmed[^400..] : trimmed;
    }
}
