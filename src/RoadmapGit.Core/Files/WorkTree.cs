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

    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

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

        var real = RealPath(full);
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

        if (!File.Exists(full))
        {
            return null;
        }

        // Read to the bound whatever the file claims its length is, so nothing endless is read whole.
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var memory = new MemoryStream();
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

        return memory.ToArray();
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

    /// <summary>The path with every symbolic link along it followed, as far as the parts exist.</summary>
    private static string RealPath(string full)
    {
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            for (var hops = 0; hops < 40 && new FileInfo(next).LinkTarget is { } target; hops++)
            {
                next = Path.GetFullPath(target, current);
            }

            current = next;
        }

        return current;
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
