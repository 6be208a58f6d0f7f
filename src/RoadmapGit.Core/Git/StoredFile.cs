namespace RoadmapGit.Core.Git;

/// <summary>A file's new content, stored in git's object store and ready to be staged in an index.</summary>
public sealed record StoredFile(string Path, string BlobId);
