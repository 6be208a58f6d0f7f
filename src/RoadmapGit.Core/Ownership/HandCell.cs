namespace RoadmapGit.Core.Ownership;

/// <summary>A cell the learner wrote: its text, what it says, and the edit it came from.</summary>
/// <param name="Status">For a Status cell: the state its label says; null when no state can be read from it.</param>
/// <param name="Day">For a date cell: the date it holds; null when it holds text that is no date.</param>
/// <param name="Edit">Where the value came from; null until looked up in the roadmap's history.</param>
public sealed record HandCell(CellColumn Column, string Text, TopicStatus? Status, DateOnly? Day, HandEdit? Edit = null);
