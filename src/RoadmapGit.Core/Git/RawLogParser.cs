using System.Globalization;
using System.Text;
using RoadmapGit.Core.History;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Reads the output of <c>git log --raw -z -c --combined-all-paths</c> with the header
/// <see cref="Format"/>: one record per commit with the changed paths that <c>keep</c> accepts.
/// A rename becomes the new path (renamed from the old) and the old path's deletion.
/// </summary>
internal static class RawLogParser
{
    /// <summary>A commit's header: a mark no path can start a field with, the id, and the author date as seconds and offset.</summary>
    public const string Format = "--format=%x01%H %ad";

    public const string DateFormat = "--date=raw";

    private const byte HeaderMark = 0x01;

    public static List<RawCommit> Parse(Stream output, Func<string, bool> keep, Action<PathChange>? seen = null)
    {
        var reader = new FieldReader(output);
        var commits = new List<RawCommit>();
        RawCommit? current = null;
        while (reader.TryRead(out var token))
        {
            token = token.TrimStart((byte)'\n');
            if (token.IsEmpty)
            {
                continue;
            }

            if (token[0] == HeaderMark)
            {
                current = Header(token[1..]);
                commits.Add(current);
            }
            else if (token[0] == (byte)':' && current is not null)
            {
                Entry(token, reader, current.Changes, keep, seen);
            }
            else
            {
                throw Unexpected(token);
            }
        }

        commits.RemoveAll(c => c.Changes.Count == 0);
        return commits;
    }

    private static RawCommit Header(ReadOnlySpan<byte> text)
    {
        var fields = Encoding.ASCII.GetString(text).Split(' ');
        if (fields.Length != 3 || !long.TryParse(fields[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            throw Unexpected(text);
        }

        return new RawCommit(fields[0], AuthorDates.FromGit(seconds, fields[2]), []);
    }

    private static void Entry(ReadOnlySpan<byte> meta, FieldReader reader, List<PathChange> changes, Func<string, bool> keep, Action<PathChange>? seen)
    {
        var parents = meta.IndexOfAnyExcept((byte)':');
        var fields = Encoding.ASCII.GetString(meta[parents..]).Split(' ');
        if (parents < 1 || fields.Length != (2 * (parents + 1)) + 1)
        {
            throw Unexpected(meta);
        }

        string? BlobAt(int index) => BlobOf(fields[index], fields[parents + 1 + index]);
        var status = fields[^1];
        if (parents == 1)
        {
            var renamed = status[0] is 'R' or 'C';
            var first = NextPath(reader);
            var path = renamed ? NextPath(reader) : first;
            Add(changes, keep, seen, new PathChange(path, BlobAt(1), [renamed ? null : BlobAt(0)], status[0] == 'R' ? first : null));
            if (status[0] == 'R')
            {
                Add(changes, keep, seen, new PathChange(first, null, [BlobAt(0)]));
            }

            return;
        }

        // Combined: a status letter and a path per parent, then the merge's own path.
        var parentPaths = Enumerable.Range(0, parents).Select(_ => NextPath(reader)).ToList();
        var result = NextPath(reader);
        var parentBlobs = Enumerable.Range(0, parents).Select(i => status[i] is 'R' or 'C' ? null : BlobAt(i)).ToList();
        Add(changes, keep, seen, new PathChange(result, BlobAt(parents), parentBlobs, status[0] == 'R' ? parentPaths[0] : null));
    }

    private static void Add(List<PathChange> changes, Func<string, bool> keep, Action<PathChange>? seen, PathChange change)
    {
        if (keep(change.Path))
        {
            changes.Add(change);
            seen?.Invoke(change);
        }
    }

    /// <summary>Null for no file: an absent side, or a submodule, which is no note.</summary>
    private static string? BlobOf(string mode, string id) =>
        mode is "000000" or "160000" || id.AsSpan().IndexOfAnyExcept('0') < 0 ? null : id;

    private static string NextPath(FieldReader reader) =>
        reader.TryRead(out var path) ? Encoding.UTF8.GetString(path) : throw Unexpected([]);

    private static HistoryReadException Unexpected(ReadOnlySpan<byte> near) => new(
        $"git log printed what roadmap-git cannot read near '{Encoding.UTF8.GetString(near[..Math.Min(near.Length, 60)])}'");
}
