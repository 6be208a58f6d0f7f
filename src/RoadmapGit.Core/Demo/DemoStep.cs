namespace RoadmapGit.Core.Demo;

/// <summary>
/// One commit of the scripted learning history, made on a day in the learner's offset: a note
/// written, a hand edit of the roadmap (<see cref="RoadmapEdit"/>: text to find on a row, and what
/// the learner writes instead), or both.
/// </summary>
public sealed record DemoStep(string Date, string Message, string? Note = null, string? Content = null, (string Find, string Replace)? RoadmapEdit = null);
