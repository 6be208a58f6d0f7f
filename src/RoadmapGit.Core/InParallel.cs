using System.Runtime.ExceptionServices;

namespace RoadmapGit.Core;

/// <summary>
/// Work spread over every processor that fails as the same work would on one thread: with the
/// first failure itself, not wrapped, so that an unreadable object or a file error reaches the
/// command line as the error it is.
/// </summary>
internal static class InParallel
{
    public static void For(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
