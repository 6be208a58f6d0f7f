using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;

namespace RoadmapGit.Tests.Support;

/// <summary>Which reader a <see cref="GitWorld"/> hands out.</summary>
internal enum GitReader
{
    LibGit2,
    GitLog,

    /// <summary>The cached reader with its cache deleted before the read.</summary>
    CachedCold,

    /// <summary>The cached reader with its cache brought up to date after every step, as a run per commit would.</summary>
    CachedWarm,
}

/// <summary>The contract's steps as git commands in a real repository in a temp folder.</summary>
internal sealed class GitWorld(GitReader reader) : HistoryWorld
{
    private readonly TestRepo _origin = TestRepo.Create();
    private readonly List<GitRepository> _opened = [];
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private TestRepo? _clone;

    private TestRepo Repo => _clone ?? _origin;

    public override void Commit(string date, string message, params (string Path, string? Content)[] files)
    {
        _written.UnionWith(files.Select(f => f.Path));
        Repo.Commit(date, message, files);
        Warm();
    }

    public override void Move(string date, string message, string from, string to, string? content = null)
    {
        _written.Add(to);
        Repo.Git("mv", from, to);
        if (content is not null)
        {
            Repo.Stage(to, content);
        }

        Repo.GitAt(date, "commit", "-q", "--no-verify", "-m", message);
        Warm();
    }

    public override void Branch(string name)
    {
        Repo.Git("checkout", "-q", "-b", name);
        Warm();
    }

    public override void Switch(string name)
    {
        Repo.Git("checkout", "-q", name);
        Warm();
    }

    public override void Merge(string date, string message, string branch, params (string Path, string? Content)[] files)
    {
        // A conflict stops the merge before its commit; the files given resolve it.
        Repo.TryRun(date, null, "merge", "-q", "--no-ff", "--no-commit", branch);
        foreach (var (path, content) in files)
        {
            Repo.Stage(path, content!);
        }

        Repo.GitAt(date, "commit", "-q", "--no-verify", "-m", message);
        Warm();
    }

    public override void StartMerge(string branch)
    {
        Repo.Git("merge", "-q", "--no-ff", "--no-commit", branch);
        Warm();
    }

    public override void CutAt(string message)
    {
        File.WriteAllText(Path.Combine(Repo.Root, ".git", "shallow"), CommitOf(message) + "\n");
        Warm();
    }

    public override void Rebase(string onto, string committerDate)
    {
        var (code, output, error) = Repo.TryRun(null, new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = committerDate }, "rebase", "-q", onto);
        Assert.True(code == 0, output + error);
        Warm();
    }

    public override void PartialClone()
    {
        _clone = _origin.PartialClone();

        // The clone must really lack blobs, or the test proves nothing.
        Assert.Contains("?", _clone.Git("rev-list", "--objects", "--all", "--missing=print"), StringComparison.Ordinal);
        Warm();
    }

    public override string CommitOf(string message) =>
        Repo.Git("log", "--all", "--format=%H%x09%s").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t'))
            .Single(fields => fields[1] == message)[0];

    public override HistoryTips Tips()
    {
        using var git = GitRepository.Open(Repo.Root)!;
        var head = git.HeadId is { } id ? new[] { id } : [];
        return new HistoryTips(head, [.. head, .. git.MergeHeadIds], git.HeadParentIds);
    }

    public override IRepositoryHistory Reader()
    {
        var git = GitRepository.Open(Repo.Root)!;
        _opened.Add(git);
        switch (reader)
        {
            case GitReader.LibGit2:
                return git.LibGit2History();
            case GitReader.GitLog:
                return git.UncachedHistory();
            case GitReader.CachedCold:
                if (File.Exists(git.CacheFile))
                {
                    File.Delete(git.CacheFile);
                }

                return git.History;
            default:
                return git.History;
        }
    }

    public override void Dispose()
    {
        _opened.ForEach(g => g.Dispose());
        _clone?.Dispose();
        _origin.Dispose();
    }

    private void Warm()
    {
        if (reader != GitReader.CachedWarm)
        {
            return;
        }

        using var git = GitRepository.Open(Repo.Root)!;
        if (git.HeadId is { } head)
        {
            git.History.ReadTimelines(new HistoryQuery([head, .. git.MergeHeadIds], _written, [], _ => true));
        }
    }
}
