using System.Runtime.InteropServices;

namespace RoadmapGit.Core.Git;

/// <summary>
/// Finds the git directory above a path through libgit2 itself. LibGit2Sharp's own discovery hands
/// libgit2 a buffer object the runtime copies in but, compiled ahead of time, never back, so there it
/// always answers that there is no repository; a struct passed by reference comes back on every runtime.
/// </summary>
/// <remarks>
/// No other LibGit2Sharp call the tool makes hands libgit2 that buffer (those that do: the config
/// file paths, filtered blob content, upstream and remote names, messages, descriptions, notes):
/// a new one would read as empty in the native package only, which the packed-tool tests run.
/// </remarks>
internal static partial class RepositoryDiscovery
{
    /// <summary>The native library LibGit2Sharp ships and loads; a test holds the two names together.</summary>
    internal const string Library = "git2-5853918";

    // libgit2 counts its initialisations: this one is never undone, and LibGit2Sharp's own stays its own.
    private static readonly bool Initialized = git_libgit2_init() >= 0;

    /// <summary>
    /// The git directory of the repository containing <paramref name="startPath"/>, as libgit2 finds it without crossing
    /// file systems; null when there is none. As git does, the search stops below <paramref name="ceilingDirectories"/>
    /// (<c>GIT_CEILING_DIRECTORIES</c>), so a repository a learner fenced off above them is not the one opened.
    /// </summary>
    public static string? GitDirectory(string startPath, string? ceilingDirectories = null)
    {
        if (!Initialized)
        {
            return null;
        }

        var buffer = default(NativeBuffer);
        try
        {
            return git_repository_discover(ref buffer, startPath, 0, string.IsNullOrEmpty(ceilingDirectories) ? null : ceilingDirectories) == 0 ? Marshal.PtrToStringUTF8(buffer.Pointer) : null;
        }
        finally
        {
            git_buf_dispose(ref buffer);
        }
    }

    [LibraryImport(Library)]
    private static partial int git_libgit2_init();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int git_repository_discover(ref NativeBuffer buffer, string startPath, int acrossFileSystems, string? ceilingDirectories);

    [LibraryImport(Library)]
    private static partial void git_buf_dispose(ref NativeBuffer buffer);

    /// <summary>libgit2's <c>git_buf</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct NativeBuffer
    {
        public IntPtr Pointer;
        public UIntPtr Reserved;
        public UIntPtr Size;
    }
}
