using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Tests.Hooks;

public sealed class HookDateTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("@1770590400 +0300", "2026-02-09T01:40:00+03:00")]
    [InlineData("1770590400 -0500", "2026-02-08T17:40:00-05:00")]
    [InlineData("2026-02-09T01:30:00+03:00", "2026-02-09T01:30:00+03:00")]
    [InlineData("2026-02-09 01:30:00 +0300", "2026-02-09T01:30:00+03:00")]
    [InlineData("Mon, 9 Feb 2026 01:30:00 +0300", "2026-02-09T01:30:00+03:00")]
    public void GitAuthorDate_IsReadInEveryFormGitAccepts(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HookDate.Resolve(value, Now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a date")]
    public void MissingOrUnreadableDate_IsNow(string? value)
    {
        Assert.Equal(Now, HookDate.Resolve(value, Now));
    }
}
