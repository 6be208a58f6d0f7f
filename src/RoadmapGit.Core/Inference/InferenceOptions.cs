namespace RoadmapGit.Core.Inference;

/// <param name="IsIgnoredCommit">True for commits listed in the ignore-revs file.</param>
public sealed record InferenceOptions(CompletionMode Mode, Func<string, bool> IsIgnoredCommit);
