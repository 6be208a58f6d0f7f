using RoadmapGit.Core.Notes;

namespace RoadmapGit.Core.Inference;

/// <param name="IsIgnoredCommit">True for commits listed in the ignore-revs file.</param>
public sealed record InferenceOptions(CompletionMode Mode, NoteRules Rules, Func<string, bool> IsIgnoredCommit)
{
    public static InferenceOptions Default { get; } = new(CompletionMode.Marked, NoteRules.Default, _ => false);
}
