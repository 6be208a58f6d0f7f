using RoadmapGit.Core.Files;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Text;

namespace RoadmapGit.Core.Update;

/// <summary>
/// The notes the repository holds that no row links: those in the notes folder are warned about,
/// and any of them, or of the folders linked notes live in, may be what a broken link meant.
/// A <c>README.md</c> or <c>index.md</c>, and a file whose name starts with <c>_</c> or <c>.</c>
/// (a template), is not a note.
/// </summary>
internal sealed class NoteFiles
{
    // Looked up by file name and by folder: a long roadmap asks after hundreds of notes not written yet.
    private readonly ILookup<string, string> _candidatesByFolder;
    private readonly ILookup<string, string> _notLinkedByName;
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    /// <param name="present">Markdown files that exist (in the index for the hook, in the work tree otherwise).</param>
    /// <param name="linked">Every note a row links, where it is now.</param>
    public NoteFiles(IReadOnlyCollection<string> present, IReadOnlyCollection<string> linked, string notesFolder, IEnumerable<string> excluded)
    {
        var presentSet = present.ToHashSet(StringComparer.Ordinal);
        var notLinked = present.Except(linked, StringComparer.Ordinal).Except(excluded, StringComparer.Ordinal).Where(IsNote).ToList();
        var prefix = notesFolder.Trim('/') + "/";
        NotesFolder = prefix;
        Unlinked = notLinked.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var noteFolders = linked.Where(presentSet.Contains).Select(Folder).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        _candidatesByFolder = notLinked.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) || noteFolders.Contains(Folder(p)))
            .ToLookup(Folder, StringComparer.Ordinal);
        _notLinkedByName = notLinked.ToLookup(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Notes in the notes folder that no row links, in path order.</summary>
    public IReadOnlyList<string> Unlinked { get; }

    /// <summary>The notes folder, with its closing <c>/</c>.</summary>
    public string NotesFolder { get; }

    /// <summary>The notes some broken link was told it may have meant: their own warning would say the same again.</summary>
    public IReadOnlySet<string> Suggested => _suggested;

    /// <summary>The markdown files the repository holds: as staged for the hook; tracked and in the work tree otherwise.</summary>
    /// <param name="tracked">The paths git tracks (see <see cref="GitRepository.TrackedPaths"/>).</param>
    public static List<string> Present(IReadOnlyList<string> tracked, WorkTree workTree, RoadmapSource source)
    {
        var paths = tracked.Where(IsMarkdown);
        return source == RoadmapSource.Index
            ? paths.ToList()
            : paths.Where(p => File.Exists(Path.Combine(workTree.Root, p))).ToList();
    }

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The unlinked note a link to a missing note most likely meant: one of the same file name in
    /// any other folder (<c>note/</c> for <c>notes/</c>, either way round), or in the same folder
    /// one whose name is a slip of the keyboard away and carries the same numbers (<c>35-http-cachng</c>).
    /// </summary>
    public string? SimilarTo(string missing)
    {
        if (_notLinkedByName.Count == 0)
        {
            return null;
        }

        // A note saved in a mistyped folder is the learner's mistake as much as a mistyped link is.
        var found = _notLinkedByName[Path.GetFileName(missing)].Order(StringComparer.Ordinal).FirstOrDefault();
        if (found is null)
        {
            var folder = _candidatesByFolder[Folder(missing)].ToList();
            var stem = Stem(missing);
            var closest = Suggestions.Closest(stem, folder.Select(Stem));
            found = closest is not null && Digits(closest) == Digits(stem) ? folder.First(c => Stem(c) == closest) : null;
        }

        if (found is not null)
        {
            _suggested.Add(found);
        }

        return found;
    }

    /// <summary>A note outside the notes folder that a link into it meant: the note is what is out of place.</summary>
    public bool IsMisplaced(string missing, string similar) =>
        missing.StartsWith(NotesFolder, StringComparison.Ordinal) && !similar.StartsWith(NotesFolder, StringComparison.Ordinal)
        && Path.GetFileName(missing).Equals(Path.GetFileName(similar), StringComparison.OrdinalIgnoreCase);

    private static bool IsNote(string path)
    {
        var name = Path.GetFileName(path);
        return IsMarkdown(path) && !name.StartsWith('_') && !name.StartsWith('.')
            && !Path.GetFileNameWithoutExtension(name).Equals("readme", StringComparison.OrdinalIgnoreCase)
            && !Path.GetFileNameWithoutExtension(name).Equals("index", StringComparison.OrdinalIgnoreCase);
    }

    private static string Folder(string path) => path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : string.Empty;

    private static string Stem(string path) => Path.GetFileNameWithoutExtension(path);

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());
}
