using System.Globalization;

namespace RoadmapGit.Bench.Measuring;

/// <summary>
/// Samples the memory of a process and all its descendants from <c>/proc</c>: each process's
/// peak resident set (<c>VmHWM</c>) and the sum of their resident sets at each moment, so a tool
/// that streams from a child <c>git</c> is charged for both at once.
/// </summary>
/// <remarks>
/// A process that has not yet called exec still shares its parent's memory (posix_spawn and
/// .NET's Process use vfork), so it is counted only once it runs a program other than its
/// parent's. Sampling is every millisecond at first, so short runs are seen, then every 5 ms.
/// </remarks>
internal sealed class ProcessTreeMemory : IDisposable
{
    private readonly int _root;
    private readonly string? _spawner;
    private readonly Thread _thread;
    private volatile bool _stopped;
    private long _peakKiB;
    private bool _seen;

    public ProcessTreeMemory(int root, string? spawnerExecutable)
    {
        _root = root;
        _spawner = spawnerExecutable;
        _thread = new Thread(Sample) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    /// <summary>The largest of every process's peak and of the tree's sums, in KiB; read after <see cref="Dispose"/>.</summary>
    public long PeakKiB => _peakKiB;

    /// <summary>False when the process ended before a sample could see it run its program.</summary>
    public bool Seen => _seen;

    public static string? Executable(int pid)
    {
        try
        {
            return new FileInfo($"/proc/{pid}/exe").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A field of <c>/proc/PID/status</c> in KiB (<c>VmHWM</c>, <c>VmRSS</c>); 0 when the process is gone.</summary>
    public static long StatusKiB(int pid, string field)
    {
        var line = Read($"/proc/{pid}/status").Split('\n').FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        var value = line?[(field.Length + 1)..].Trim().Split(' ')[0];
        return long.TryParse(value, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Sample()
    {
        for (var samples = 0; !_stopped; samples++)
        {
            SampleOnce();
            Thread.Sleep(samples < 50 ? 1 : 5);
        }
    }

    private void SampleOnce()
    {
        var sum = 0L;
        var pending = new Stack<(int Pid, string? ParentExecutable)>([(_root, _spawner)]);
        while (pending.TryPop(out var entry))
        {
            var executable = Executable(entry.Pid);
            if (executable is null)
            {
                continue;
            }

            if (executable != entry.ParentExecutable)
            {
                var resident = StatusKiB(entry.Pid, "VmRSS");
                if (resident > 0)
                {
                    sum += resident;
                    _peakKiB = Math.Max(_peakKiB, StatusKiB(entry.Pid, "VmHWM"));
                    _seen = true;
                }
            }

            foreach (var child in Children(entry.Pid))
            {
                pending.Push((child, executable));
            }
        }

        _peakKiB = Math.Max(_peakKiB, sum);
    }

    private static IEnumerable<int> Children(int pid)
    {
        string[] threads;
        try
        {
            threads = Directory.GetDirectories($"/proc/{pid}/task");
        }
        catch (IOException)
        {
            yield break;
        }
        catch (UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var thread in threads)
        {
            foreach (var child in Read(Path.Combine(thread, "children")).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(child, CultureInfo.InvariantCulture, out var id))
                {
                    yield return id;
                }
            }
        }
    }

    /// <summary>A process may end between two reads; what it no longer has counts as nothing.</summary>
    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
