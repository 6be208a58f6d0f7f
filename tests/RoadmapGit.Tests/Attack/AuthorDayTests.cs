using RoadmapGit.Core.Hooks;
using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Attack;

/// <summary>
/// git takes offsets up to ±23:59 and dates past year 9999, which a DateTimeOffset cannot hold:
/// the commit being made is still dated on the author's own day, and nothing fails.
/// </summary>
[Collection(PackedToolGroup.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AuthorDayTests(PackedTool tool) : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestRepo _repo = AttackRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("2026-02-10T02:00:00+2000", "2026-02-10")]
    [InlineData("2026-02-10T02:00:00+20:00", "2026-02-10")]
    [InlineData("2026-02-10 23:30:00 -2359", "2026-02-10")]
    [InlineData("@1770616800 +2000", "2026-02-10")]
    [InlineData("@1770768000 -2330", "2026-02-10")]
    public void OffsetBeyondFourteenHours_KeepsTheAuthorsDay(string value, string day)
    {
        var date = HookDate.Resolve(value, Now);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DateOnly.FromDateTime(date.DateTime));
    }

    [Fact]
    public void YearTenThousand_IsTheLastDayThereIs()
    {
        Assert.Equal(new DateOnly(9999, 12, 31), DateOnly.FromDateTime(HookDate.Resolve("@253402300800 +0000", Now).DateTime));
    }

    [Fact]
    public void HookCommitWithAFarOffset_DatesTheTopicOnTheAuthorsDay()
    {
        tool.InstallHook(_repo);
        _repo.Stage("notes/a.md", "# A\n" + AttackRepo.Real);

        var (code, _, error) = _repo.TryRun("2026-02-10T02:00:00+2000", null, "commit", "-q", "-m", "A");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("warning", error, StringComparison.Ordinal);
        Assert.Equal(["🟡 In Progress", "10.02.2026"], AttackRepo.RowA(_repo.Git("show", "HEAD:README.md"))[..2]);
    }
}
