using RoadmapGit.Core.Notes;

namespace RoadmapGit.Core.Diagnostics;

/// <summary>Findings about the notes and the roadmap's links to them: each names the fix.</summary>
public static partial class Diagnose
{
    public static Diagnostic MissingNoteLike(string file, int line, string topic, string note, string similar, string link) => Warn(
        "missing-note", file, line,
        $"row '{topic}' links {note}, which does not exist; did you mean {similar}? Change the link to {link}");

    public static Diagnostic MisplacedNote(string file, int line, string topic, string note, string similar, string link) => Warn(
        "missing-note", file, line,
        $"row '{topic}' links {note}, which does not exist; did you mean {similar}? Move it to {note}, or change the link to {link}");

    public static Diagnostic UnlinkedNote(string note, string roadmap, string notesFolder) => Warn(
        "unlinked-note", note, null,
        $"no roadmap row links this note, so it counts for no topic. Link it from its topic's row in {roadmap}, or move it out of {notesFolder}/");

    /// <param name="holders">Other files that hold a roadmap table.</param>
    /// <param name="roadmaps">Every file that holds one, configured or found: what "roadmaps" should list.</param>
    public static Diagnostic NoRoadmapTable(string file, IReadOnlyList<string> holders, IReadOnlyList<string> roadmaps, string configFile, bool configExists)
    {
        const string What = "no roadmap table in this file (a table whose header has a Status column and a Start or Finish column";
        var setting = $"\"roadmaps\": [{string.Join(", ", roadmaps.Select(h => $"\"{h}\""))}]";
        var set = configExists ? $"set {setting} in {configFile}" : $"create {configFile} holding {{ {setting} }}";
        if (holders.Count > 0)
        {
            return Warn(
                "no-roadmap-table", file, null,
                $"{What}), so there is nothing to update; {string.Join(" and ", holders)} {(holders.Count == 1 ? "holds one" : "hold one each")}. " +
                char.ToUpperInvariant(set[0]) + set[1..]);
        }

        return Warn(
            "no-roadmap-table", file, null,
            $"{What}, such as | Topic | Status | Start Date | Finish Date | Notes |), so there is nothing to update. " +
            (roadmaps.Count > 0 ? $"Add one, or {set}" : $"Add one, or list the file that holds yours under \"roadmaps\" in {configFile}"));
    }

    public static Diagnostic NoteSlip(string note, NoteSlip slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var accepted = string.Join(", ", slip.Accepted);
        return slip.Kind switch
        {
            NoteSlipKind.UnknownStatus => Warn(
                "unknown-status", note, slip.Line,
                $"front matter 'status: {slip.Value}' is not a status roadmap-git reads, so it is ignored. " +
                (slip.Suggestion is { } meant ? $"Did you mean 'status: {meant}'? " : string.Empty) + $"Accepted: {accepted}"),
            NoteSlipKind.UnknownDone => Warn(
                "unknown-done", note, slip.Line,
                $"front matter 'done: {slip.Value}' is neither true nor false, so it is ignored. Write 'done: {slip.Suggestion ?? "true"}'"),
            NoteSlipKind.UnreadableDate => Warn(
                "unreadable-date", note, slip.Line,
                $"front matter '{slip.Key}: {slip.Value}' is not a date roadmap-git reads, so it is ignored. " +
                (slip.Suggestion is { } date ? $"Write '{slip.Key}: {date}' " : "Write it ") + $"(dates read: {string.Join(" or ", slip.Accepted)})"),
            _ => Warn(
                "unknown-status-line", note, slip.Line,
                $"the Status line's '{slip.Value}' reads as no status, so it is ignored. " +
                (slip.Suggestion is { } label ? $"Did you mean '{label}'? " : string.Empty) + $"Accepted: {accepted}"),
        };
    }
}
