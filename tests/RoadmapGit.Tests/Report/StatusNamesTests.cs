using RoadmapGit.Core;
using RoadmapGit.Core.Report;

namespace RoadmapGit.Tests.Report;

public sealed class StatusNamesTests
{
    [Fact]
    public void Every_state_is_read_back_from_its_name()
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
    public void A_name_that_spells_no_state_is_none(string name) => Assert.Null(StatusNames.Parse(name));
}
