using RoadmapGit.Core.Files;
using RoadmapGit.Core.Markdown;

namespace RoadmapGit.Tests.Files;

/// <summary>Two different settings never share a cache's fingerprint, however their words run.</summary>
public sealed class FingerprintTests
{
    [Fact]
    public void APartWithALineBreak_IsNotTwoParts() =>
        Assert.NotEqual(Fingerprint(["Overall\nStatus"]), Fingerprint(["Overall", "Status"]));

    [Fact]
    public void ALabelMovedFromOneListToTheNext_IsOtherLabels()
    {
        var one = new OverallLabels(["Overall Status", "Start"], ["Begun"], ["Finish"]);
        var other = new OverallLabels(["Overall Status"], ["Start", "Begun"], ["Finish"]);

        Assert.NotEqual(Fingerprint(one.FingerprintParts()), Fingerprint(other.FingerprintParts()));
        Assert.Equal(Fingerprint(one.FingerprintParts()), Fingerprint((one with { }).FingerprintParts()));
    }

    private static string Fingerprint(IEnumerable<object> parts) => FingerprintedCache<string, string>.Fingerprint(parts);
}
