using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.History;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Core.Init;

/// <summary>
/// Proposes the completion mode from what one run of the engine read: each note's timeline, and
/// the roadmap's own versions. A note whose real content came in one commit that also turned its
/// row to Completed was written in one sitting; a note whose content grew over several commits
/// was not. The habit more notes show wins; a tie, or no evidence, keeps the default (marked).
/// </summary>
public sealed class ModeAdvisor(Func<string, string> readText, OverallLabels labels)
{
    private readonly Dictionary<(string Roadmap, string Blob), Dictionary<string, string>> _statusByVersion = [];

    public ModeProposal Propose(EnginePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var habits = new List<(string Note, NoteHabit Habit, int Commits)>();
        foreach (var file in plan.Files)
        {
            var versions = plan.RoadmapVersions.GetValueOrDefault(file.Path) ?? [];
            foreach (var row in file.Result.Rows)
            {
                if (!seen.Add(row.Row.Note!.Path))
                {
                    continue;
                }

                var content = row.Result.Timeline
                    .Where(e => e.SkipReason is null && e.State is not (ContentState.Missing or ContentState.Stub))
                    .ToList();
                habits.Add((row.Row.Note!.Path, HabitOf(file.Path, content, versions, file.Result.Conventions.Labels), content.Count));
            }
        }

        var oneSitting = habits.Where(h => h.Habit == NoteHabit.OneSitting).ToList();
        var grew = habits.Where(h => h.Habit == NoteHabit.Grew).OrderByDescending(h => h.Commits).ToList();
        var notes = habits.Count(h => h.Commits > 0);
        if (oneSitting.Count > grew.Count)
        {
            return new ModeProposal(CompletionMode.Written, ModeReason.OneSitting, notes, oneSitting.Count, grew.Count, oneSitting[0].Note, oneSitting[0].Commits);
        }

        if (grew.Count > oneSitting.Count)
        {
            return new ModeProposal(CompletionMode.Marked, ModeReason.Grew, notes, oneSitting.Count, grew.Count, grew[0].Note, grew[0].Commits);
        }

        var reason = grew.Count > 0 ? ModeReason.Tie : ModeReason.NoEvidence;
        return new ModeProposal(CompletionMode.Marked, reason, notes, oneSitting.Count, grew.Count, null, 0);
    }

    /// <param name="content">The versions that gave the note real content and count as learning.</param>
    private NoteHabit HabitOf(string roadmap, List<TimelineEntry> content, IReadOnlyList<NoteVersion> roadmapVersions, StatusLabels vocabulary)
    {
        if (content.Count == 0)
        {
            return NoteHabit.None;
        }

        // A note that states its own state needs no mode, so its first version tells nothing.
        var first = content[0];
        if (!first.IsExplicit && MarkedCompletedIn(roadmap, first.Version, roadmapVersions, vocabulary))
        {
            return NoteHabit.OneSitting;
        }

        return content.Count > 1 ? NoteHabit.Grew : NoteHabit.None;
    }

    /// <summary>True when the commit of <paramref name="note"/> also turned the note's row to Completed.</summary>
    private bool MarkedCompletedIn(string roadmap, NoteVersion note, IReadOnlyList<NoteVersion> roadmapVersions, StatusLabels vocabulary)
    {
        for (var i = 0; i < roadmapVersions.Count; i++)
        {
            if (roadmapVersions[i].CommitId != note.CommitId || roadmapVersions[i].BlobId is not { } blob)
            {
                continue;
            }

            var before = i > 0 && roadmapVersions[i - 1].BlobId is { } earlier ? StatusIn(roadmap, earlier, note.Path) : null;
            return IsCompleted(StatusIn(roadmap, blob, note.Path), vocabulary) && !IsCompleted(before, vocabulary);
        }

        return false;
    }

    private static bool IsCompleted(string? status, StatusLabels vocabulary) =>
        status is not null && vocabulary.Classify(status) == TopicStatus.Completed;

    /// <summary>The Status cell of the row that links <paramref name="note"/> in one version of the roadmap.</summary>
    private string? StatusIn(string roadmap, string blobId, string note)
    {
        if (!_statusByVersion.TryGetValue((roadmap, blobId), out var statuses))
        {
            statuses = new Dictionary<string, string>(StringComparer.Ordinal);
            var document = RoadmapParser.Parse(roadmap, readText(blobId), labels);
            foreach (var table in document.Tables)
            {
                foreach (var row in table.Rows.Where(r => r.Note is not null && !r.Shifted))
                {
                    statuses.TryAdd(row.Note!.Path, row.Line.CellAt(table.Columns.Status)?.Text.Trim() ?? string.Empty);
                }
            }

            _statusByVersion[(roadmap, blobId)] = statuses;
        }

        return statuses.GetValueOrDefault(note);
    }
}
