namespace RoadmapGit.Core.Doctor;

/// <summary>Each roadmap file holds a roadmap table, and each row's cells can be told apart.</summary>
public sealed class RoadmapTablesCheck() : EngineFindingsCheck("roadmap tables", "no-roadmap-table", "shifted-row");
