using RoadmapGit.Core;
using RoadmapGit.Core.Report;

namespace RoadmapGit.Tests.Report;

public sealed class StatusNamesTests
{
    [Fact]
    public void EveryState_IsReadBackFromItsName()
    {
        foreach (var status in Enum.GetValues<TopicStatus>())
        {
            Assert.Equal(status, StatusNames.Parse(StatusNames.Of(status)));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Completed")]
    [InlineData("in progress")]
    [InlineData("done")]
    public void NameThatSpellsNoState_IsNone(string name) => Assert.Null(StatusNames.Parse(name));
}
