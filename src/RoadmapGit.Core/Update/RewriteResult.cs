using RoadmapGit.Core.Conventions;
using RoadmapGit.Core.Inference;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Core.Update;

/// <summary>A roadmap file as it is, as it should be, the changes in between, and every value behind them.</summary>
public sealed record RewriteResult(
    RoadmapDocument Document,
    DocumentConventions Conventions,
    string NewText,
    IReadOnlyList<CellChange> Changes,
    IReadOnlyList<RowPlan> Rows,
    IReadOnlyList<SectionPlan> Sections,
    Pace? Pace,
    DateOnly AsOf)
{
    public bool Changed => !string.Equals(Document.Text, NewText, StringComparison.Ordinal);
}
