using LibGit2Sharp;

namespace RoadmapGit.Core.Git;

/// <summary>
/// A file's new content, stored in git's object store and ready to be staged in an index of the
/// same repository: the blob as stored, so staging it asks the store for nothing again.
/// </summary>
internal sealed record StoredFile(string Path, Blob Blob);
