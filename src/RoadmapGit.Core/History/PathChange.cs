namespace RoadmapGit.Core.History;

/// <summary>
/// One path a commit changed: listed only when it differs from every parent, as git's combined
/// diff lists a merge's paths.
/// </summary>
/// <param name="BlobId">The path's blob in the commit; null when the commit has no file there.</param>
/// <param name="ParentBlobIds">
/// The path's blob in each parent, in order (null: absent there). Where history starts there is
/// nothing to compare with: no entry, or one null, mean the same.
/// </param>
/// <param name="RenamedFrom">The path in the first parent that this file was renamed from, when git paired them.</param>
public sealed record PathChange(string Path, string? BlobId, IReadOnlyList<string?> ParentBlobIds, string? RenamedFrom = null);
