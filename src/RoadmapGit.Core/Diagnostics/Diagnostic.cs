namespace RoadmapGit.Core.Diagnostics;

/// <summary>
/// One finding of a run, structured so that the hook, <c>update</c>, <c>doctor</c> and strict
/// mode can each decide what to show; the text is rendered at the edge.
/// </summary>
/// <param name="Code">A stable kebab-case name (<c>missing-note</c>), for JSON and tests.</param>
/// <param name="File">Repository-relative path the finding is about, if any.</param>
/// <param name="Line">One-based line in <paramref name="File"/>, if any.</param>
/// <param name="Message">What is wrong and, where there is one, the fix.</param>
public sealed record Diagnostic(string Code, Severity Severity, string? File, int? Line, string Message)
{
    /// <summary><c>README.md:12</c>, <c>notes/a.md</c>, or empty.</summary>
    public string Location => File is null ? string.Empty : Line is { } line ? $"{File}:{line}" : File;

    public override string ToString() => Location.Length == 0 ? Message : $"{Location}: {Message}";
}
