using System.Security.Cryptography;
using System.Text;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Where history is cut: the commits a shallow clone's <c>shallow</c> file lists, and graft lines
/// that give a commit no parents (a graft that names other parents rewires history instead, and
/// git follows it). Read from the common git directory, which worktrees share. Replacements
/// (<c>git replace</c>, also how git makes grafts today) rewire history as git reads it, so they
/// change the fingerprint too.
/// </summary>
internal sealed class HistoryCuts
{
    private HistoryCuts(IReadOnlySet<string> commits, string fingerprint)
    {
        Commits = commits;
        Fingerprint = fingerprint;
    }

    public IReadOnlySet<string> Commits { get; }

    /// <summary>Changes whenever the cut moves (a shallow clone deepened) or a replacement comes or goes: cached history stops being valid.</summary>
    public string Fingerprint { get; }

    public static HistoryCuts Read(string commonDirectory)
    {
        var cuts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in new[] { Path.Combine(commonDirectory, "shallow"), Path.Combine(commonDirectory, "info", "grafts") })
        {
            if (!File.Exists(file))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            hash.AppendData(bytes);
            using var lines = new StreamReader(new MemoryStream(bytes, writable: false));
            while (lines.ReadLine() is { } line)
            {
                var fields = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (fields is [{ Length: 40 or 64 } id])
                {
                    cuts.Add(id.ToLowerInvariant());
                }
            }
        }

        AppendReplacements(hash, commonDirectory);
        return new HistoryCuts(cuts, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The replacement refs, loose and packed, each with what it points at.</summary>
    private static void AppendReplacements(IncrementalHash hash, string commonDirectory)
    {
        var loose = Path.Combine(commonDirectory, "refs", "replace");
        if (Directory.Exists(loose))
        {
            foreach (var file in Directory.EnumerateFiles(loose, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(loose, file) + " "));
                hash.AppendData(File.ReadAllBytes(file));
            }
        }

        var packed = Path.Combine(commonDirectory, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed).Where(l => l.Contains(" refs/replace/", StringComparison.Ordinal)))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(line + "\n"));
            }
        }
    }
}
