namespace RoadmapGit.Core.History;

/// <summary>
/// History could not be read: git failed, or a blob is missing and could not be fetched (a
/// partial clone away from its remote). Each message is one line that says what to do.
/// </summary>
public sealed class HistoryReadException : IOException
{
    public HistoryReadException()
    {
    }

    public HistoryReadException(string message)
        : base(message)
    {
    }

    public HistoryReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static HistoryReadException MissingBlob(string blobId, string gitSaid) => new(
        $"the file content {blobId} (a version of a note or of the roadmap) is not in this repository and git could not fetch it"
        + (string.IsNullOrWhiteSpace(gitSaid) ? string.Empty : $" ({FirstLine(gitSaid)})")
        + "; connect to the clone's remote, or fetch the missing objects, and run again");

    public static HistoryReadException MissingHead(string commitId) => new(
        $"the commit HEAD names, {commitId}, is not in this repository, which is damaged; run git fsck to see what it lost, restore it from a clone, and run again");

    public static HistoryReadException GitFailed(string command, int exitCode, string gitSaid) => new(
        $"git {command} failed with exit code {exitCode}: {FirstLine(gitSaid)}");

    public static HistoryReadException GitMissing(string detail) => new(
        $"git could not be started ({detail}); roadmap-git reads history through the git command line, so install git or put it on PATH");

    private static string FirstLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fatal = lines.FirstOrDefault(l => l.StartsWith("fatal:", StringComparison.Ordinal) || l.StartsWith("error:", StringComparison.Ordinal));
        return fatal ?? lines.FirstOrDefault() ?? "no message";
    }
}
