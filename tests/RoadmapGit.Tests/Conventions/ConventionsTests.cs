using RoadmapGit.Core;
using RoadmapGit.Core.Conventions;

namespace RoadmapGit.Tests.Conventions;

public sealed class ConventionsTests
{
    [Theory]
    [InlineData(new[] { "09.02.2026", "xx.xx.xx", "xx.xx.xx" }, "dd'.'MM'.'yyyy", "xx.xx.xx", "05.03.2026")]
    [InlineData(new[] { " 1/17/26", "1/21/26 ", "" }, "M'/'d'/'yy", "", "3/5/26")]
    [InlineData(new[] { "2025\u201101\u201117", "2025\u201101\u2011XX" }, "yyyy'\u2011'MM'\u2011'dd", "2025\u201101\u2011XX", "2026\u201103\u201105")]
    [InlineData(new[] { "17/01/2026", "03/02/2026" }, "dd'/'MM'/'yyyy", "", "05/03/2026")]
    [InlineData(new[] { "xx.xx.xx" }, "dd'.'MM'.'yyyy", "xx.xx.xx", "05.03.2026")]
    [InlineData(new[] { "—", "—" }, "yyyy-MM-dd", "—", "2026-03-05")]
    public void DateStyle_IsLearnedFromTheDocument(string[] cells, string format, string placeholder, string written)
    {
        var style = DateStyle.Learn(cells, DateStyle.Iso);

        Assert.Equal(format, style.Format);
        Assert.Equal(placeholder, style.Placeholder);
        Assert.Equal(written, style.Write(new DateOnly(2026, 3, 5)));
    }

    [Theory]
    [InlineData("✅ In Progress", TopicStatus.InProgress, false)]
    [InlineData("🟡 In Progress", TopicStatus.InProgress, true)]
    [InlineData("✅", TopicStatus.Completed, true)]
    [InlineData("[X]", TopicStatus.Completed, true)]
    [InlineData("Not Started", TopicStatus.NotStarted, true)]
    [InlineData("Started", TopicStatus.InProgress, true)]
    [InlineData("âœ… Completed", TopicStatus.Completed, true)]
    [InlineData("ğŸ”´ Not Started", TopicStatus.NotStarted, true)]
    public void StatusClassifier_ReadsWordsFirstThenSymbols(string label, TopicStatus status, bool consistent)
    {
        Assert.Equal(status, StatusClassifier.Classify(label));
        Assert.Equal(consistent, StatusClassifier.IsConsistent(label));
    }

    [Fact]
    public void StatusLabels_PreferAConsistentLabelAndFallBackToTheLegend()
    {
        var labels = StatusLabels.Learn(["✅ Completed", "✅ In Progress", "🟡 In Progress", "✅"], ["🕒 Not Started", "🚧 In Progress"], StatusLabels.Default);

        Assert.Equal(new StatusLabels("🕒 Not Started", "🟡 In Progress", "✅ Completed", "⏭️ Skipped"), labels);
    }

    [Theory]
    [InlineData("🏆 Nailed it", TopicStatus.Completed, true)]
    [InlineData("✅ Done", TopicStatus.Completed, true)]
    [InlineData("✅ In Progress", TopicStatus.InProgress, false)]
    [InlineData("🟡 In Progress", TopicStatus.InProgress, true)]
    [InlineData("🏆 Nailed it", TopicStatus.InProgress, false)]
    public void StatusLabels_SaysAStateInTheRoadmapsOwnWordsOrConsistently(string cell, TopicStatus status, bool says)
    {
        var labels = StatusLabels.Default with { Completed = "🏆 Nailed it" };

        Assert.Equal(says, labels.Says(cell, status));
    }

    [Fact]
    public void Labels_OfADocumentWithoutSymbols_AreWordsAlone()
    {
        var labels = StatusLabels.Learn(["Not Started", "Done", "Not Started"], [], StatusLabels.Default);

        Assert.Equal(new StatusLabels("Not Started", "In Progress", "Done", "Skipped"), labels);
    }

    [Fact]
    public void Labels_OfADocumentWithSymbols_KeepTheDefaultSymbols()
    {
        var labels = StatusLabels.Learn(["🔴 Not Started", "✅ Completed"], [], StatusLabels.Default);

        Assert.Equal("🟡 In Progress", labels.InProgress);
    }
}
