using RoadmapGit.Core.History;

namespace RoadmapGit.Tests.Support;

/// <summary>One history told as steps, in a real repository or in memory: what the history contract runs on.</summary>
internal abstract class HistoryWorld : IDisposable
{
    public abstract void Commit(string date, string message, params (string Path, string? Content)[] files);

    /// <summary>Renames a file (as <c>git mv</c>) and commits, with new content or its old one.</summary>
    public abstract void Move(string date, string message, string from, string to, string? content = null);

    /// <summary>Creates a branch at HEAD and switches to it.</summary>
    public abstract void Branch(string name);

    public abstract void Switch(string name);

    /// <summary>Merges a branch into the current one with a merge commit; <paramref name="files"/> resolve what both changed.</summary>
    public abstract void Merge(string date, string message, string branch, params (string Path, string? Content)[] files);

    /// <summary>Starts merging a branch and stops before the merge commit, as a hook sees it.</summary>
    public abstract void StartMerge(string branch);

    /// <summary>Cuts history at the commit with this message, as a shallow clone does.</summary>
    public abstract void CutAt(string message);

    /// <summary>Rebases the current branch onto another; the new commits keep their author dates.</summary>
    public abstract void Rebase(string onto, string committerDate);

    /// <summary>Goes on in a clone that has no blobs but HEAD's.</summary>
    public abstract void PartialClone();

    /// <summary>The id of the one reachable commit with this message.</summary>
    public abstract string CommitOf(string message);

    public abstract HistoryTips Tips();

    /// <summary>The reader under test, over the history as it is now.</summary>
    public abstract IRepositoryHistory Reader();

    public abstract void Dispose();
}

/// <param name="Head">HEAD alone: a normal run.</param>
/// <param name="Merging">HEAD and MERGE_HEAD: a hook during a merge.</param>
/// <param name="Amending">HEAD's parents: a hook during <c>commit --amend</c>.</param>
internal sealed record HistoryTips(IReadOnlyList<string> Head, IReadOnlyList<string> Merging, IReadOnlyList<string> Amending);
