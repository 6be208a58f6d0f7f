namespace RoadmapGit.Core.Ownership;

/// <summary>A row with hand cells, as <see cref="HandOrigins"/> looks for it in older versions of the roadmap.</summary>
/// <param name="Names">The note's path now, then the names history gave it before, newest first: a renamed note's row is still its row.</param>
/// <param name="Occurrence">Which of the rows linking this note it is (0 for the first), so two rows of one note are told apart.</param>
/// <param name="Line">The row's line as it is now.</param>
public sealed record HandRow(IReadOnlyList<string> Names, int Occurrence, RowHands Hands, string Line);
