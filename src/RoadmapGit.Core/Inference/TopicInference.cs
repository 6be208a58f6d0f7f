using RoadmapGit.Core.History;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Core.Inference;

/// <summary>
/// The inference rules, as pure functions over a note's timeline: Status from the newest entry,
/// Start from the first entry with real content, Finish from the start of the final unbroken
/// run of complete entries; front matter wins; dates at a history cut are unknown.
/// </summary>
public static class TopicInference
{
    public static TopicResult Infer(
        string notePath, IReadOnlyList<NoteVersion> versions, NoteContents contents, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(options);
        var timeline = BuildTimeline(versions, contents, options);

        // A note deleted and written again starts over.
        var lastMissing = -1;
        for (var i = 0; i < timeline.Count; i++)
        {
            if (timeline[i].Effective == ContentState.Missing)
            {
                lastMissing = i;
            }
        }

        var life = timeline.Skip(lastMissing + 1).ToList();
        var status = life.Count == 0 ? TopicStatus.NotStarted : StatusOf(life[^1].Effective);
        var warnings = new List<string>();
        if (status is TopicStatus.NotStarted)
        {
            return new TopicResult(notePath, status, InferredDate.None, InferredDate.None, timeline, warnings);
        }

        var newest = life[^1].Version.BlobId is { } id ? contents.Reading(id) : null;
        var start = StartOf(life, newest, warnings);
        var finish = status == TopicStatus.Completed ? FinishOf(life, newest, warnings) : InferredDate.None;
        return new TopicResult(notePath, status, start, finish, timeline, warnings);
    }

    private static List<TimelineEntry> BuildTimeline(IReadOnlyList<NoteVersion> versions, NoteContents contents, InferenceOptions options)
    {
        var timeline = new List<TimelineEntry>(versions.Count);
        NoteVersion? previous = null;
        foreach (var version in versions)
        {
            var (state, why) = version.BlobId is null
                ? (ContentState.Missing, "the note was deleted")
                : StateOf(contents.Reading(version.BlobId), options.Mode);
            var skip = SkipReason(version, previous, contents, options);
            var effective = skip is null ? state : timeline.Count > 0 ? timeline[^1].Effective : ContentState.Missing;
            timeline.Add(new TimelineEntry(version, state, effective, why, skip));
            previous = version;
        }

        return timeline;
    }

    private static string? SkipReason(NoteVersion version, NoteVersion? previous, NoteContents contents, InferenceOptions options)
    {
        if (options.IsIgnoredCommit(version.CommitId))
        {
            return "the commit is listed in the ignore file";
        }

        if (previous?.BlobId is null || version.BlobId is null)
        {
            return null;
        }

        if (previous.BlobId == version.BlobId)
        {
            return version.Kind == VersionKind.Renamed ? "a rename with no change to the text" : "no change to the text";
        }

        return contents.SameWords(previous.BlobId, version.BlobId) ? "only white space changed" : null;
    }

    private static (ContentState, string) StateOf(NoteReading reading, CompletionMode mode) => reading.Explicit switch
    {
        ExplicitState.Complete => (ContentState.Complete, reading.Why),
        ExplicitState.InProgress => (ContentState.InProgress, reading.Why),
        ExplicitState.Skipped => (ContentState.Skipped, reading.Why),
        ExplicitState.NotStarted => (ContentState.NotStarted, reading.Why),
        _ when reading.IsStub => (ContentState.Stub, $"a stub ({reading.Words} words)"),
        _ when mode == CompletionMode.Written => (ContentState.Complete, $"real content ({reading.Words} words), completion mode 'written'"),
        _ => (ContentState.InProgress, $"real content ({reading.Words} words), no done mark"),
    };

    private static TopicStatus StatusOf(ContentState state) => state switch
    {
        ContentState.InProgress => TopicStatus.InProgress,
        ContentState.Complete => TopicStatus.Completed,
        ContentState.Skipped => TopicStatus.Skipped,
        _ => TopicStatus.NotStarted,
    };

    private static InferredDate StartOf(List<TimelineEntry> life, NoteReading? newest, List<string> warnings)
    {
        if (newest?.Started is { } started)
        {
            return InferredDate.Known(started, "front matter started:");
        }

        var first = life.FirstOrDefault(e => e.Effective is ContentState.InProgress or ContentState.Complete);
        return first is null ? InferredDate.None : DateAt(first, "first commit with real content", warnings);
    }

    private static InferredDate FinishOf(List<TimelineEntry> life, NoteReading? newest, List<string> warnings)
    {
        if (newest?.Finished is { } finished)
        {
            return InferredDate.Known(finished, "front matter finished:");
        }

        var runStart = life.Count - 1;
        while (runStart > 0 && life[runStart - 1].Effective == ContentState.Complete)
        {
            runStart--;
        }

        return DateAt(life[runStart], "first commit of the final run of complete versions", warnings);
    }

    private static InferredDate DateAt(TimelineEntry entry, string why, List<string> warnings)
    {
        if (entry.Version.AtCut)
        {
            warnings.Add($"{entry.Version.Path}: history is cut at {entry.Version.ShortId}, so the date is unknown; the table's value is kept");
            return InferredDate.Unknown($"{why} lies at the history cut ({entry.Version.ShortId})");
        }

        return InferredDate.Known(entry.Version.Day, $"{why}: {entry.Version.ShortId}");
    }
}
