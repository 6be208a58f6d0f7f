using System.Text;
using RoadmapGit.Core;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Markdown;

public sealed class LosslessRewriteTests : IDisposable
{
    private readonly TestRepo _repo = TestRepo.Create();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("backend-roadmap.md")]
    [InlineData("backend-roadmap.mojibake.md")]
    public void Sample_UpdateChangesOnlyOwnedCells(string fixture)
    {
        var original = Fixture.Bytes(fixture);
        var updated = UpdateWithHistory(original);

        AssertOnlyOwnedCellsDiffer(Encoding.UTF8.GetString(original), Encoding.UTF8.GetString(updated));
        Assert.NotEqual((byte)'\n', updated[^1]);
    }

    [Fact]
    public void Sample_HandFilledRowsStayAsWritten_TheOthersAreInferred()
    {
        var text = Encoding.UTF8.GetString(UpdateWithHistory(Fixture.Bytes("backend-roadmap.md")));

        Assert.Contains("| **How does the internet work?** | ✅ Completed | 09.02.2026 | 09.02.2026 | [Internet Basics](./notes/01-internet-basics.md) |", text, StringComparison.Ordinal);
        Assert.Contains("| **What is HTTP?** | ✅ In Progress | 10.02.2026 | 10.02.2026 | [HTTP Protocol](./notes/02-http-protocol.md) |", text, StringComparison.Ordinal);
        Assert.Contains("| **Server Security** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [Server Hardening](./notes/33-server-security.md) ||", text, StringComparison.Ordinal);
        Assert.Contains("| **Redis** | 🟡 In Progress | 12.02.2026 | xx.xx.xx | [Redis Caching](./notes/34-redis-caching.md) |", text, StringComparison.Ordinal);
        Assert.Contains("| **Redis** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [Redis Scaling](./notes/83-redis-scaling.md) |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_Rebuild_TakesHistorysValuesAndMendsTheSlip()
    {
        UpdateWithHistory(Fixture.Bytes("backend-roadmap.md"));

        var text = Roadmaps.Update(_repo, rebuild: true);

        Assert.Contains("| **How does the internet work?** | ✅ Completed | 09.02.2026 | 11.02.2026 | [Internet Basics](./notes/01-internet-basics.md) |", text, StringComparison.Ordinal);
        Assert.Contains("| **What is HTTP?** | 🟡 In Progress | 10.02.2026 | xx.xx.xx | [HTTP Protocol](./notes/02-http-protocol.md) |", text, StringComparison.Ordinal);
        Assert.Contains("| **Server Security** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [Server Hardening](./notes/33-server-security.md) ||", text, StringComparison.Ordinal);
        Assert.Contains("| **Redis** | 🟡 In Progress | 12.02.2026 | xx.xx.xx | [Redis Caching](./notes/34-redis-caching.md) |", text, StringComparison.Ordinal);
        Assert.Contains("| **Redis** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [Redis Scaling](./notes/83-redis-scaling.md) |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleLearner_WrittenMode_KeepsTheHandKeptRows_AndForecastsFromTwoDays()
    {
        var sample = Fixture.Text("backend-roadmap.md");
        var before = sample
            .Replace("| ✅ Completed | 09.02.2026 | 09.02.2026 |", "| 🔴 Not Started | xx.xx.xx | xx.xx.xx |", StringComparison.Ordinal)
            .Replace("| ✅ In Progress | 10.02.2026 | 10.02.2026 |", "| 🔴 Not Started | xx.xx.xx | xx.xx.xx |", StringComparison.Ordinal);
        _repo.Commit("2026-02-08T20:00:00+03:00", "roadmap", ("README.md", before), (".roadmap-git.json", "{ \"completion\": \"written\" }"));
        var firstHalf = sample.Split("| **What is HTTP?**")[0];
        _repo.Commit("2026-02-09T21:00:00+03:00", "internet basics",
            ("notes/01-internet-basics.md", Roadmaps.RealContent), ("README.md", firstHalf + before[firstHalf.Length..]));
        _repo.Commit("2026-02-10T22:00:00+03:00", "http", ("notes/02-http-protocol.md", Roadmaps.RealContent), ("README.md", sample));

        var text = Roadmaps.Update(_repo);

        Assert.Contains("| **How does the internet work?** | ✅ Completed | 09.02.2026 | 09.02.2026 |", text, StringComparison.Ordinal);
        Assert.Contains("| **What is HTTP?** | ✅ In Progress | 10.02.2026 | 10.02.2026 |", text, StringComparison.Ordinal);

        // One finish in the two days spent so far: half a topic a day; five topics open: ten days after 10.02.2026.
        Assert.Contains("**Overall Status:** 🟡 In Progress | **Start:** 09.02.2026 | **Estimated Finish:** 20.02.2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mojibake_KeepsItsOwnMangledVocabulary()
    {
        var text = Encoding.UTF8.GetString(UpdateWithHistory(Fixture.Bytes("backend-roadmap.mojibake.md")));

        Assert.Contains("| **Redis** | ğŸŸ¡ In Progress | 12.02.2026 | xx.xx.xx |", text, StringComparison.Ordinal);
        Assert.DoesNotContain("🟡", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_AndBom_ArePreserved()
    {
        var lf = Fixture.Text("backend-roadmap.md");
        var crlf = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();

        var updated = UpdateWithHistory(crlf);

        Assert.Equal(Encoding.UTF8.GetPreamble(), updated[..3]);
        var text = Encoding.UTF8.GetString(updated[3..]);
        Assert.DoesNotMatch("[^\r]\n", text);
        AssertOnlyOwnedCellsDiffer(lf, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondRun_ChangesNothing()
    {
        UpdateWithHistory(Fixture.Bytes("backend-roadmap.md"));
        var first = _repo.ReadBytes("README.md");

        Roadmaps.Update(_repo);

        Assert.Equal(first, _repo.ReadBytes("README.md"));
    }

    [Fact]
    public void AlignedTable_WithEmoji_StaysAligned()
    {
        var roadmap =
            "| Topic      | Status           | Finish     | Notes                 |\n" +
            "|------------|------------------|------------|-----------------------|\n" +
            "| HTTP \\| 2 | 🔴 Not Started   |            | [n](notes/http.md)    |\n" +
            "| DNS        | 🔴 Not Started   |            | [n](notes/dns.md)     |\n";
        _repo.Commit("2026-02-01T10:00:00+01:00", "roadmap", ("README.md", roadmap));
        _repo.Commit("2026-02-03T10:00:00+01:00", "http", ("notes/http.md", Roadmaps.DoneContent));

        var text = Roadmaps.Update(_repo);

        Assert.Equal(
            "| Topic      | Status           | Finish     | Notes                 |\n" +
            "|------------|------------------|------------|-----------------------|\n" +
            "| HTTP \\| 2 | ✅ Completed     | 2026-02-03 | [n](notes/http.md)    |\n" +
            "| DNS        | 🔴 Not Started   |            | [n](notes/dns.md)     |\n",
            text);
    }

    [Fact]
    public void AlignedTable_ValueThatDoesNotFit_WidensOnlyItsOwnCell()
    {
        var roadmap =
            "| Topic | State | Done |\n" +
            "|-------|-------|------|\n" +
            "| [A](a.md) | todo  |      |\n" +
            "| [B](b.md) | todo  |      |\n";
        _repo.Commit("2026-02-01T10:00:00+01:00", "roadmap", ("README.md", roadmap));
        _repo.Commit("2026-02-03T10:00:00+01:00", "a", ("a.md", Roadmaps.DoneContent));

        var lines = Roadmaps.Update(_repo).Split('\n');

        // The table writes its labels in words alone, so Completed comes without a symbol.
        Assert.Equal("| [A](a.md) | Completed | 2026-02-03 |", lines[2]);
        Assert.Equal("| [B](b.md) | todo  |      |", lines[3]);
    }

    [Fact]
    public void NotUtf8_IsAnErrorAndTheFileStaysAsItWas()
    {
        var latin1 = Encoding.Latin1.GetBytes("| Topic | Status | Finish |\n|---|---|---|\n| [Caf\u00e9](cafe.md) | todo | |\n");
        _repo.WriteBytes("README.md", latin1);
        _repo.Commit("2026-02-01T10:00:00+01:00", "roadmap");

        var error = Assert.Throws<UsageException>(() => Roadmaps.Update(_repo));

        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(latin1, _repo.ReadBytes("README.md"));
    }

    /// <summary>Commits the roadmap and a few dated notes, runs one update, returns the new bytes.</summary>
    private byte[] UpdateWithHistory(byte[] roadmap)
    {
        _repo.WriteBytes("README.md", roadmap);
        _repo.Commit("2026-02-08T12:00:00+03:00", "roadmap");
        _repo.Commit("2026-02-09T09:00:00+03:00", "internet", ("notes/01-internet-basics.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-10T21:00:00+03:00", "http", ("notes/02-http-protocol.md", Roadmaps.RealContent));
        _repo.Commit("2026-02-11T08:00:00+03:00", "internet done", ("notes/01-internet-basics.md", "- [x] routing\n- [x] TCP/IP\n" + Roadmaps.RealContent));
        _repo.Commit("2026-02-12T08:00:00+03:00", "redis", ("notes/34-redis-caching.md", Roadmaps.RealContent));
        Roadmaps.Update(_repo);
        return _repo.ReadBytes("README.md");
    }

    /// <summary>Something changed, and only what the tool owns.</summary>
    private static void AssertOnlyOwnedCellsDiffer(string before, string after)
    {
        Assert.NotEqual(before, after);
        Lossless.AssertOnlyOwnedChanged(before, after);
    }
}
