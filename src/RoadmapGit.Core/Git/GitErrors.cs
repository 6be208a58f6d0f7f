using LibGit2Sharp;

namespace RoadmapGit.Core.Git;

/// <summary>Tells the edge which failures are the repository's (unreadable, locked, corrupt), so no caller needs to know libgit2's types.</summary>
public static class GitErrors
{
    public static bool IsRepositoryError(Exception exception) => exception is LibGit2SharpException;
}
