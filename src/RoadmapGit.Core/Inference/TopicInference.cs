using System.Collections.Concurrent;
using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Notes;

namespace RoadmapGit.Core.Inference;

/// <summary>
/// The inference rules, as pure functions over a note's timeline: Status from the newest entry,
/// Start from the first entry with real content, Finish from the start of the final unbroken
/// run of complete entries; front matter wins; dates at a history cut are unknown; dates follow
/// history order, so a cherry-picked commit never dates a finish before its start.
/// </summary>
public static class TopicInference
{
    private static readonly ConcurrentDictionary<(ContentState State, int Words), string> Reasons = new();

    /// <param name="readings">
    /// What each version says, at the version's place (see <see cref="NoteContents.ReadAll"/>); null
    /// for a version that names no blob.
    /// </param>
    public static TopicResult Infer(
        string notePath, IReadOnlyList<NoteVersion> versions, IReadOnlyList<CachedReading?> readings, InferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(options);
        if (readings.Count != versions.Count)
        {
            throw new ArgumentException($"{readings.Count} readings for {versions.Count} versions.", nameof(readings));
        }

        var timeline = BuildTimeline(versions, readings, options);

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
        var since = StatusSince(timeline, status);
        // Only the note as it stands now is the learner's to mend; older versions are history.
        var diagnostics = timeline.Count > 0 && readings[^1] is { } current
            ? current.Reading.Slips.Select(slip => Diagnose.NoteSlip(timeline[^1].Version.Path, slip)).ToList()
            : [];
        if (status is TopicStatus.NotStarted)
        {
            return new TopicResult(notePath, status, InferredDate.None, InferredDate.None, since, timeline, diagnostics);
        }

        // The life ends where the timeline does.
        var newest = readings[^1]?.Reading;
        var start = StartOf(life, newest, diagnostics);
        var finish = status == TopicStatus.Completed ? FinishOf(life, newest, diagnostics) : InferredDate.None;
        return new TopicResult(notePath, status, start, finish, since, timeline, diagnostics);
    }

    public static TopicStatus StatusOf(ContentState state) => state switch
    {
        ContentState.InProgress => TopicStatus.InProgress,
        ContentState.Complete => TopicStatus.Completed,
        ContentState.Skipped => TopicStatus.Skipped,
        _ => TopicStatus.NotStarted,
    };

    private static List<TimelineEntry> BuildTimeline(IReadOnlyList<NoteVersion> versions, IReadOnlyList<CachedReading?> readings, InferenceOptions options)
    {
        var timeline = new List<TimelineEntry>(versions.Count);
        CachedReading? previousRead = null;
        DateOnly? latest = null;
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var read = version.BlobId is null ? null : readings[i] ?? throw new ArgumentException($"No reading for version {i} ({version.BlobId}).", nameof(readings));
            var (state, why, isExplicit) = read is null
                ? (ContentState.Missing, "the note was deleted", false)
                : StateOf(read.Reading, options.Mode);
            var previous = timeline.Count > 0 ? timeline[^1] : null;
            var skip = SkipReason(version, read, previous?.Version, previousRead, options);
            var effective = skip is null ? state : previous?.Effective ?? ContentState.Missing;
            latest = latest is { } day && day > version.Day ? day : version.Day;
            timeline.Add(new TimelineEntry(version, state, effective, why, skip, isExplicit, latest.Value));
            previousRead = read;
        }

        return timeline;
    }

    private static string? SkipReason(NoteVersion version, CachedReading? read, NoteVersion? previous, CachedReading? previousRead, InferenceOptions options)
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

        return previousRead!.WordsFingerprint == read!.WordsFingerprint ? "only white space changed" : null;
    }

    private static (ContentState, string, bool) StateOf(NoteReading reading, CompletionMode mode) => reading.Explicit switch
    {
        ExplicitState.Complete => (ContentState.Complete, reading.Why, true),
        ExplicitState.InProgress => (ContentState.InProgress, reading.Why, true),
        ExplicitState.Skipped => (ContentState.Skipped, reading.Why, true),
        ExplicitState.NotStarted => (ContentState.NotStarted, reading.Why, true),
        _ when reading.IsStub => (ContentState.Stub, Reason(ContentState.Stub, reading.Words), false),
        _ when mode == CompletionMode.Written => (ContentState.Complete, Reason(ContentState.Complete, reading.Words), false),
        _ => (ContentState.InProgress, Reason(ContentState.InProgress, reading.Words), false),
    };

    /// <summary>
    /// Why a version without a done mark reads as it does. Every version of every note gets one,
    /// and only <c>explain</c> shows them: each text is made once per process, not once per version.
    /// </summary>
    private static string Reason(ContentState state, int words) => Reasons.GetOrAdd((state, words), static key => key.State switch
    {
        ContentState.Stub => $"{Words(key.Words)}, fewer than a note with real content has",
        ContentState.Complete => $"real content ({Words(key.Words)}), completion mode 'written'",
        _ => $"real content ({Words(key.Words)}), no done mark",
    });

    private static string Words(int count) => count == 1 ? "1 word" : $"{count} words";

    /// <summary>
    /// The day the final run of entries with this status began; null for a topic never begun, and
    /// for a run that begins where history is cut (it may have begun before: the cut's day is no answer).
    /// </summary>
    private static DateOnly? StatusSince(List<TimelineEntry> timeline, TopicStatus status)
    {
        var runStart = timeline.Count;
        while (runStart > 0 && StatusOf(timeline[runStart - 1].Effective) == status)
        {
            runStart--;
        }

        if (runStart == timeline.Count)
        {
            return timeline.Count > 0 ? timeline[^1].Day : null;
        }

        return (runStart == 0 && status == TopicStatus.NotStarted) || timeline[runStart].Version.AtCut ? null : timeline[runStart].Day;
    }

    private static InferredDate StartOf(List<TimelineEntry> life, NoteReading? newest, List<Diagnostic> diagnostics)
    {
        if (newest?.Started is { } started)
        {
            return InferredDate.Known(started, "front matter started:");
        }

        var first = life.FirstOrDefault(e => e.Effective is ContentState.InProgress or ContentState.Complete);
        return first is null ? InferredDate.None : DateAt(first, "first commit with real content", diagnostics);
    }

    private static InferredDate FinishOf(List<TimelineEntry> life, NoteReading? newest, List<Diagnostic> diagnostics)
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

        return DateAt(life[runStart], "first commit of the final run of complete versions", diagnostics);
    }

    private static InferredDate DateAt(TimelineEntry entry, string why, List<Diagnostic> diagnostics)
    {
        var version = entry.Version;
        if (version.AtCut)
        {
            diagnostics.Add(Diagnose.DateAtCut(version.Path, version.ShortId));
            return InferredDate.Unknown($"{why} lies at the history cut ({version.ShortId})");
        }

        if (entry.Day != version.Day)
        {
            diagnostics.Add(Diagnose.DatedBeforeEarlierCommit(version.Path, version.ShortId, version.Day, entry.Day));
            return InferredDate.Known(entry.Day, $"{why}: {version.ShortId}, dated by the earlier commit before it");
        }

        return InferredDate.Known(entry.Day, $"{why}: {version.ShortId}");
    }
}
