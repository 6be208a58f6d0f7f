namespace RoadmapGit.Core.Markdown;

public enum ColumnRole
{
    Other,
    Topic,
    Status,
    Start,
    Finish,
    Notes,
}
