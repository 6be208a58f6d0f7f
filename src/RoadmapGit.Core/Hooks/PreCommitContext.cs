namespace RoadmapGit.Core.Hooks;

/// <summary>What git tells the hook about the commit being made.</summary>
/// <param name="CommitDate">The author date the commit will carry.</param>
/// <param name="Amending">The commit replaces HEAD (<c>git commit --amend</c>).</param>
public sealed record PreCommitContext(DateTimeOffset CommitDate, bool Amending);
