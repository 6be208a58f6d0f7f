using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace RoadmapGit.Core;

/// <summary>
/// Work spread over every processor that fails as the same work would on one thread: with the
/// failure of the lowest index that fails, itself, not wrapped, so that an unreadable object or a
/// file error reaches the command line as the error it is, and names the same object on every run.
/// </summary>
internal static class InParallel
{
    public static void For(int count, Action<int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var failures = new ConcurrentDictionary<int, ExceptionDispatchInfo>();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, loop) =>
        {
            try
            {
                body(i);
            }
            catch (Exception e)
            {
                failures[i] = ExceptionDispatchInfo.Capture(e);

                // Later indices stop; every earlier one still runs, so the lowest failure is the one a loop meets first.
                loop.Break();
            }
        });
        if (!failures.IsEmpty)
        {
            failures.MinBy(f => f.Key).Value.Throw();
        }
    }
}
