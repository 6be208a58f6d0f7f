namespace RoadmapGit;

/// <summary>The documented exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary><c>update --check</c> found the roadmap stale.</summary>
    public const int Drift = 1;

    /// <summary><c>doctor</c> found a problem (or <c>--fix-encoding</c> left one it could not mend).</summary>
    public const int ProblemsFound = 1;

    /// <summary>A usage or configuration error.</summary>
    public const int UsageError = 2;

    /// <summary>Something the tool did not expect: a bug, reported in one line (in full with <c>--verbose</c>).</summary>
    public const int InternalError = 3;

    /// <summary>
    /// The hook, in strict mode, blocks the commit. A code of its own, which the installed hook lets
    /// block: any other (a runtime that cannot start, a local tool not restored) lets the commit go on.
    /// </summary>
    public const int CommitBlocked = 4;
}
