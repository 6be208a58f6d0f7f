namespace RoadmapGit.Core;

/// <summary>A problem the user can fix (no repository, missing or unreadable roadmap). Exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UsageException()
    {
    }
}
