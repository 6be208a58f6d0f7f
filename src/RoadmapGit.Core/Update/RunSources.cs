using RoadmapGit.Core.Config;
using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// What a run starts from, as the hook sees it (in the index git hands it) or as the work tree
/// holds it: where history starts, the roadmaps, the record of written cells, and the notes the
/// commit being made changes.
/// </summary>
internal sealed class RunSources(GitRepository repository)
{
    private readonly WorkTree _workTree = new(repository.WorkingDirectory);

    /// <summary>
    /// Where history starts: HEAD; in a merge waiting for its commit, the merged commits too;
    /// when the commit being made replaces HEAD, HEAD's parents.
    /// </summary>
    public List<string> Tips(PlanRequest request)
    {
        if (request.Amending)
        {
            return [.. repository.HeadParentIds];
        }

        var tips = repository.HeadId is { } head ? new List<string> { head } : [];
        if (request.Source == RoadmapSource.Index)
        {
            tips.AddRange(repository.MergeHeadIds);
        }

        return tips;
    }

    /// <summary>
    /// The roadmap as the run sees it: as staged for the hook (a roadmap that is not in the index
    /// is none of the commit's business), as in the working tree otherwise.
    /// </summary>
    public (string, DocumentText)? Roadmap(string path, RoadmapSource source)
    {
        byte[]? bytes;
        if (source == RoadmapSource.Index)
        {
            _workTree.Resolve(path, "roadmap file");
            bytes = repository.ReadIndex(path, WorkingCopy(path));
            if (bytes is null)
            {
                return null;
            }
        }
        else
        {
            bytes = _workTree.Read(path, "roadmap file") ?? throw Fail.RoadmapNotFound(path, RoadmapConfig.FileName);
        }

        return DocumentText.TryDecode(bytes, out var text) ? (path, text) : throw Fail.NotUtf8(path);
    }

    /// <summary>The work tree's copy of a staged file, which most commits stage as it is; null where there is none to read.</summary>
    private byte[]? WorkingCopy(string path)
    {
        try
        {
            return _workTree.Read(path, "roadmap file");
        }
        catch (Exception e) when (e is UsageException or IOException or UnauthorizedAccessException)
        {
            // A folder, a link out of the work tree, an unreadable file: the staged blob is read instead.
            return null;
        }
    }

    /// <summary>The working tree's record of written cells: its bytes, its text and what it says.</summary>
    public (byte[]? Bytes, string? Text, WrittenCells Cells) WorkingRecord()
    {
        var bytes = _workTree.Read(WrittenCells.FileName, "record file");
        var text = bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
        return (bytes, text, text is null ? WrittenCells.Empty : WrittenCellsFile.Parse(text));
    }

    /// <summary>The record of written cells: the working tree's, and for the hook the staged one as well.</summary>
    public (string? Text, WrittenCells Cells) Record(RoadmapSource source, (byte[]? Bytes, string? Text, WrittenCells Cells) working)
    {
        var (workingBytes, workingText, cells) = working;
        if (source != RoadmapSource.Index)
        {
            return (workingText, cells);
        }

        // Most commits stage the record as the working tree has it: then the index hands back the working bytes themselves.
        var staged = repository.ReadIndex(WrittenCells.FileName, workingBytes) is { } indexBytes
            ? ReferenceEquals(indexBytes, workingBytes) ? workingText : System.Text.Encoding.UTF8.GetString(indexBytes)
            : null;

        // A record staged as the working tree has it, merged with itself, is itself.
        return (staged, staged is null || staged == workingText ? cells : cells.Merge(WrittenCellsFile.Parse(staged)));
    }

    /// <summary>The staged version of a note, unless the commit being made leaves it as one of the tips has it.</summary>
    public NoteVersion? StagedVersion(List<string> tips, string headPath, string indexPath, DateTimeOffset date)
    {
        // Most notes are as a tip has them: one diff of the index against each tip tells which are not.
        if (headPath == indexPath && tips.Any(tip => !repository.StagedChanges(tip).Contains(indexPath)))
        {
            return null;
        }

        var staged = repository.IndexBlobId(indexPath);
        if (headPath == indexPath && tips.Any(tip => repository.BlobIdAt(tip, indexPath) == staged))
        {
            return null;
        }

        if (tips.Count == 0 && staged is null)
        {
            return null;
        }

        var kind = staged is null ? VersionKind.Deleted : VersionKind.Staged;
        return new NoteVersion(NoteVersion.StagedCommitId, date, indexPath, staged, kind, Sequence: NoteVersion.Uncommitted);
    }
}
