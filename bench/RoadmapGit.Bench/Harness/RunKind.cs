namespace RoadmapGit.Bench.Harness;

/// <summary>What is measured on each repository.</summary>
internal enum RunKind
{
    /// <summary><c>git log --format=%H%x09%aI --name-status -- &lt;note folders&gt;</c>: what reading the notes' history costs git itself.</summary>
    Baseline,

    /// <summary><c>roadmap-git update</c> with no cache.</summary>
    Cold,

    /// <summary><c>roadmap-git update</c> again, the cache kept.</summary>
    Warm,

    /// <summary><c>roadmap-git hook run pre-commit</c> with one note change staged.</summary>
    Hook,

    /// <summary>
    /// The same hook after the note's previous change was committed, as on every commit a learner
    /// makes: HEAD is a commit or more past what the caches hold.
    /// </summary>
    HookAfterCommit,
}
