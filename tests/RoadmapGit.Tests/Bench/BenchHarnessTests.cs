using RoadmapGit.Bench;
using RoadmapGit.Bench.Harness;
using RoadmapGit.Tests.EndToEnd;
using RoadmapGit.Tests.Support;

namespace RoadmapGit.Tests.Bench;

/// <summary>
/// A smoke run of the benchmark harness, so it cannot rot: size S, one run of each kind, the
/// packed tool. No timing is asserted; only that every row of the tables is there and measured.
/// </summary>
[Collection(PackedToolGroup.Name)]
public sealed class BenchHarnessTests(PackedTool tool)
{
    [Fact]
    public void QuickRun_OnSizeS_GivesEveryRowMeasured()
    {
        var work = Path.Combine(tool.Folder, "bench");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BenchCommand.Run(["run", "--quick", "--tool", tool.Executable, "--work", work], output, error);

        Assert.True(code == 0, error.ToString());
        var rows = output.ToString().Split('\n').Where(l => l.StartsWith('|')).Select(Cells).ToList();
        var updateRuns = RunKinds.All.Where(k => !RunKinds.IsHook(k)).ToList();
        foreach (var (repository, kinds) in new[] { ("demo", RunKinds.All), ("S", RunKinds.All), ("S notes ×2", updateRuns), ("S commits ×2", updateRuns) })
        {
            Assert.Single(rows, r => r[0] == repository && r.Length == 5);
            foreach (var kind in kinds)
            {
                var row = Assert.Single(rows, r => r[0] == repository && r[1] == RunKinds.Label(kind));
                Assert.Equal("1", row[2]);
                Assert.DoesNotContain(row, cell => cell.StartsWith(ReportWriter.Failed, StringComparison.Ordinal) || cell == ReportWriter.NotRun);
            }
        }

        foreach (var repository in new[] { "S", "S notes ×2", "S commits ×2" })
        {
            var scaling = Assert.Single(rows, r => r[0] == repository && r.Length == 8 && char.IsAsciiDigit(r[1][0]));
            Assert.EndsWith("×", scaling[5], StringComparison.Ordinal);
            Assert.EndsWith("×", scaling[6], StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(work));
    }

    private static string[] Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
