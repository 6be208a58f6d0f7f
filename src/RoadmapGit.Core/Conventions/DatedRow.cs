namespace RoadmapGit.Core.Conventions;

/// <summary>A row's date cells as written, and the days history gives for them, to settle how the document orders day and month.</summary>
public sealed record DatedRow(string Start, string Finish, DateOnly? KnownStart, DateOnly? KnownFinish);
