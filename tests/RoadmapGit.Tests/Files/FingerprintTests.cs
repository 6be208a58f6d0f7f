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

    [Fact]
    public void TheSameSettingsUnderAnotherBuild_AreOtherSettings()
    {
        object[] parts = ["stubWords", 5];

        Assert.NotEqual(
            FingerprintedCache<string, string>.Fingerprint(parts, "1.0.0+aaaa"), FingerprintedCache<string, string>.Fingerprint(parts, "1.0.0+bbbb"));
        Assert.Equal(FingerprintedCache<string, string>.Fingerprint(parts, ToolBuild.Current), Fingerprint(parts));
        Assert.NotEqual(FingerprintedCache<string, string>.Fingerprint(["a"], "b"), FingerprintedCache<string, string>.Fingerprint(["b"], "a"));
    }

    private static string Fingerprint(IEnumerable<object> parts) => FingerprintedCache<string, string>.Fingerprint(parts);
}
