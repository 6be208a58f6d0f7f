using LibGit2Sharp;

namespace RoadmapGit.Core.Git;

/// <summary>
/// The remote a partial clone fetches the objects it lacks from, and the one request that fetches
/// many of them at once.
/// </summary>
internal sealed class PromisorRemote(GitCommandLine git, string commonDirectory, ObjectDatabase objects)
{
    private string? _name;

    /// <summary>The remote's name; null in a full clone.</summary>
    /// <remarks>Only a clone with a promisor pack asks git, so a full clone's run starts no process for it.</remarks>
    public string? Name
    {
        get
        {
            _name ??= HasPromisorPack() && git.TryRun("config", "--get-regexp", @"^(extensions\.partialclone|remote\..+\.promisor)$") is (0, var lines)
                ? NameIn(lines) ?? string.Empty
                : string.Empty;
            return _name.Length > 0 ? _name : null;
        }
    }

    /// <summary>The remote a clone's configuration names as its promisor: <c>remote.NAME.promisor</c>, or the older <c>extensions.partialClone</c>.</summary>
    private static string? NameIn(string configLines)
    {
        foreach (var line in configLines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = line.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? (line[..space], line[(space + 1)..].Trim()) : (line, "true");
            if (key == "extensions.partialclone" && value.Length > 0)
            {
                return value;
            }

            if (key.StartsWith("remote.", StringComparison.Ordinal) && value.ToLowerInvariant() is "true" or "yes" or "on" or "1")
            {
                return key["remote.".Length..^".promisor".Length];
            }
        }

        return null;
    }

    /// <summary>
    /// In a partial clone, fetches in one request the blobs among <paramref name="blobIds"/> the
    /// clone lacks. Read one at a time, git fetches each with a request of its own: a first run
    /// over thousands of note versions took minutes. A fetch that fails loses nothing: each blob is
    /// still fetched when it is read, and a blob no remote has is told there.
    /// </summary>
    public void FetchMissing(IReadOnlyCollection<string> blobIds)
    {
        ArgumentNullException.ThrowIfNull(blobIds);
        if (blobIds.Count == 0 || Name is not { } remote)
        {
            return;
        }

        var lacking = blobIds.Where(id => !objects.Contains(new ObjectId(id))).ToList();
        if (lacking.Count > 0)
        {
            // What git itself asks of a promisor remote for the objects it lacks.
            git.RunWithInput(
                ["fetch", remote, "--no-tags", "--no-write-fetch-head", "--recurse-submodules=no", "--filter=blob:none", "--stdin"],
                lacking,
                ["fetch.negotiationAlgorithm=noop"]);
        }
    }

    private bool HasPromisorPack()
    {
        var packs = Path.Combine(commonDirectory, "objects", "pack");
        return Directory.Exists(packs) && Directory.EnumerateFiles(packs, "*.promisor").Any();
    }
}
