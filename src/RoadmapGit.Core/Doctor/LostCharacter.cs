namespace RoadmapGit.Core.Doctor;

/// <summary>A character the mangling destroyed: one of its bytes was dropped, so it cannot be known.</summary>
/// <param name="Line">One-based line of the file.</param>
public sealed record LostCharacter(int Line, LostHint Hint);
