namespace RoadmapGit.Core.Demo;

/// <summary>One commit of the scripted learning history: a note written on a day, in the learner's offset.</summary>
public sealed record DemoStep(string Date, string Note, string Content, string Message);
