using System.Globalization;
using System.Text;

namespace RoadmapGit.Bench.Generation;

/// <summary>
/// Writes the roadmap in the sample's style: a heading per section, its overall line, and a
/// Topic | Status | Start Date | Finish Date | Notes table with <c>xx.xx.xx</c> placeholders,
/// linking every note where it lives now.
/// </summary>
internal static class RoadmapMarkdown
{
    public const string Placeholder = "xx.xx.xx";

    public static string Render(RoadmapLayout layout)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Learning Roadmap: {layout.Topics.Count} Topics\n\n");
        text.Append("**Legend:** 🔴 Not Started | 🟡 In Progress | ✅ Completed\n\n---\n\n");
        foreach (var section in layout.Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {section.Heading}\n");
            text.Append(CultureInfo.InvariantCulture, $"**Overall Status:** 🔴 Not Started | **Start:** {Placeholder} | **Estimated Finish:** {Placeholder}\n\n");
            text.Append("### 📋 Topic Progress Table\n\n");
            text.Append("| Topic | Status | Start Date | Finish Date | Notes |\n");
            text.Append("|-------|--------|------------|-------------|-------|\n");
            foreach (var topic in section.Topics)
            {
                text.Append(CultureInfo.InvariantCulture, $"| **{topic.Title}** | 🔴 Not Started | {Placeholder} | {Placeholder} | [{topic.Title}](./{topic.Path}) |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
