using RoadmapGit.Core.History;

namespace RoadmapGit.Tests.Support;

/// <summary>The contract's steps told to an <see cref="InMemoryHistory"/>.</summary>
internal sealed class MemoryWorld : HistoryWorld
{
    private readonly InMemoryHistory _history = new();

    public override void Commit(string date, string message, params (string Path, string? Content)[] files) => _history.Commit(date, message, files);

    public override void Move(string date, string message, string from, string to, string? content = null) =>
        _history.Move(date, message, from, to, content);

    public override void Branch(string name) => _history.Branch(name);

    public override void Switch(string name) => _history.Switch(name);

    public override void Merge(string date, string message, string branch, params (string Path, string? Content)[] files) =>
        _history.Merge(date, message, branch, files);

    public override void StartMerge(string branch) => _history.StartMerge(branch);

    public override void CutAt(string message) => _history.Cut(_history.CommitOf(message));

    public override void Rebase(string onto, string committerDate) => _history.Rebase(onto, committerDate);

    /// <summary>Memory holds every blob: nothing to fetch.</summary>
    public override void PartialClone()
    {
    }

    public override string CommitOf(string message) => _history.CommitOf(message);

    public override HistoryTips Tips() => new(
        _history.Head is { } head ? [head] : [],
        new[] { _history.Head, _history.MergeHead }.OfType<string>().ToList(),
        _history.HeadParents);

    public override IRepositoryHistory Reader() => _history;

    public override void Dispose()
    {
    }
}
