namespace RoadmapGit.Core.Files;

/// <summary>
/// The only way the tool reads or writes a file of the work tree: every path resolves inside the
/// work tree (through symbolic links too) or it is one clear error; files are read up to a size
/// bound; writes go to a temporary file beside the target, flushed, then renamed over
/// it, so a crash or a full disk never leaves a file half-written.
/// </summary>
public sealed class WorkTree(string root)
{
    /// <summary>Notes, roadmaps and settings are small; anything larger is not one of them.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>As many links as the system follows on one path before it calls it a loop.</summary>
    private const int MaxLinks = 40;

    /// <summary>The work tree's own real path, so a repository reached through a linked folder is still inside itself.</summary>
    public string Root { get; } = RealPath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root))) ?? Path.GetFullPath(root);

    /// <summary>The full path of a repository-relative path, after following symbolic links, or an error if it leaves the work tree.</summary>
    public string Resolve(string relative, string what)
    {
        ArgumentNullException.ThrowIfNull(relative);
        if (relative.Length == 0 || relative.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw Fail.OutsideWorkTree(what, relative);
        }

        var full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!Inside(full))
        {
            throw Fail.OutsideWorkTree(what, relative);
        }

        var real = RealPath(full) ?? throw Fail.LinkLoop(what, relative);
        if (!Inside(real) || IsGitDirectory(real))
        {
            throw Fail.OutsideWorkTree(what, relative);
        }

        return real;
    }

    /// <summary>The bytes of a regular file inside the work tree, or null when there is none.</summary>
    public byte[]? Read(string relative, string what)
    {
        var full = Resolve(relative, what);
        if (Directory.Exists(full))
        {
            throw Fail.NotAFile(what, relative);
        }

        var info = new FileInfo(full);
        if (!info.Exists)
        {
            return null;
        }

        // A FIFO or a device reports no size and opening it may wait forever for a writer; an
        // empty regular file has nothing to read either, so nothing of size zero is ever opened.
        if (info.Length == 0)
        {
            return [];
        }

        if (info.Length > MaxFileBytes)
        {
            throw Fail.TooLarge(what, relative, MaxFileBytes);
        }

        // Read into an array of the size the file gives (a long roadmap and its record are read on every
        // commit); a file that changes meanwhile is read to its end, and never past the bound.
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        var content = new byte[info.Length];
        var length = stream.ReadAtLeast(content, content.Length, throwOnEndOfStream: false);
        if (length < content.Length)
        {
            return content[..length];
        }

        Span<byte> probe = stackalloc byte[1];
        return stream.Read(probe) == 0 ? content : ReadGrown(stream, content, probe[0], relative, what);
    }

    /// <summary>The rest of a file that grew while it was read, up to the bound.</summary>
    private static byte[] ReadGrown(FileStream stream, byte[] start, byte next, string relative, string what)
    {
        using var memory = new MemoryStream();
        memory.Write(start);
        memory.WriteByte(next);
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > MaxFileBytes)
            {
                throw Fail.TooLarge(what, relative, MaxFileBytes);
            }
        }

        return memory.Length > MaxFileBytes ? throw Fail.TooLarge(what, relative, MaxFileBytes) : memory.ToArray();
    }

    public bool Exists(string relative, string what) => File.Exists(Resolve(relative, what));

    /// <summary>
    /// Replaces a file's content as one step: a temporary file beside it is written, flushed to
    /// disk and renamed over it, keeping the file's mode. A symbolic link is written through to its
    /// target, which must lie inside the work tree.
    /// </summary>
    public void Write(string relative, byte[] content, string what)
    {
        ArgumentNullException.ThrowIfNull(content);
        var full = Resolve(relative, what);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.roadmap-git-{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or ArgumentException)
        {
            // A full disk is an IOException, a file size limit (EFBIG) an ArgumentException. The
            // message names the temporary file; the learner needs which file was not written, and that it is whole.
            TryDelete(temporary);
            throw Fail.CannotWrite(what, relative, e is ArgumentException ? "larger than a file may be here" : e.Message.Split(" : ", 2)[0]);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private bool Inside(string full) =>
        full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private bool IsGitDirectory(string full)
    {
        var relative = Path.GetRelativePath(Root, full).Replace('\\', '/');
        return relative == ".git" || relative.StartsWith(".git/", StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it followed, as far as the parts exist; null for a loop of links.</summary>
    private static string? RealPath(string full)
    {
        var hops = 0;
        return Follow(full);

        // A link's target may itself pass through links (a folder linked to a folder), so it is followed in full.
        string? Follow(string path)
        {
            var current = Path.GetPathRoot(path)!;
            foreach (var part in path[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                string? next = Path.Combine(current, part);
                if (new FileInfo(next).LinkTarget is { } target)
                {
                    next = ++hops > MaxLinks ? null : Follow(Path.GetFullPath(target, current));
                    if (next is null)
                    {
                        return null;
                    }
                }

                current = next;
            }

            return current;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
