using RoadmapGit.Core.Config;
using RoadmapGit.Core.Git;
using RoadmapGit.Core.Ownership;
using RoadmapGit.Core.Update;

namespace RoadmapGit.Tests.Support;

/// <summary>Small roadmaps for tests, and a one-call update through the real engine.</summary>
internal static class Roadmaps
{
    public const string Small =
        "# Roadmap\n\n" +
        "## Basics\n" +
        "**Overall Status:** 🔴 Not Started | **Start:** 01.02.2026 | **Estimated Finish:** xx.xx.xx\n\n" +
        "| Topic | Status | Start Date | Finish Date | Notes |\n" +
        "|-------|--------|------------|-------------|-------|\n" +
        "| **HTTP** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [HTTP](./notes/http.md) |\n" +
        "| **DNS** | 🔴 Not Started | xx.xx.xx | xx.xx.xx | [DNS](./notes/dns.md) |\n";

    public const string RealContent = "# HTTP\n\nHTTP is a request and response protocol spoken between clients and servers.\n";

    /// <summary>Front matter that marks a note done.</summary>
    public const string Done = "---\nstatus: done\n---\n";

    /// <summary>A finished note: marked done, with real content.</summary>
    public const string DoneContent = Done + RealContent;

    /// <summary>A repository whose first commit, on 2026-02-01, is the <see cref="Small"/> roadmap.</summary>
    public static TestRepo CreateSmallRepo()
    {
        var repo = TestRepo.Create();
        repo.Commit("2026-02-01T09:00:00+00:00", "roadmap", ("README.md", Small));
        return repo;
    }

    public static EnginePlan Plan(TestRepo repo, PlanRequest? request = null, TimeProvider? clock = null)
    {
        using var git = GitRepository.Open(repo.Root)!;
        return new RoadmapEngine(git, git.History, ConfigLoader.Load(git.WorkingDirectory), clock ?? TimeProvider.System).Plan(request ?? PlanRequest.WorkingTree);
    }

    /// <summary>Runs an update and writes the roadmap and the record of written cells; returns the new text of README.md.</summary>
    public static string Update(TestRepo repo, bool rebuild = false, TimeProvider? clock = null)
    {
        var plan = Plan(repo, new PlanRequest(RoadmapSource.WorkingTree, Rebuild: rebuild), clock);
        foreach (var file in plan.Files.Where(f => f.Changed))
        {
            repo.WriteBytes(file.Path, file.NewBytes);
        }

        if (plan.Record.Changed)
        {
            repo.WriteBytes(WrittenCells.FileName, plan.Record.NewBytes);
        }

        return repo.Read("README.md");
    }

    /// <summary>The roadmap text with one row's Status, Start and Finish cells written by hand.</summary>
    public static string WithRow(string text, string topic, string status, string start, string finish)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith('|') && l.Split('|')[1].Contains(topic, StringComparison.Ordinal));
        var cells = lines[index].Split('|');
        (cells[2], cells[3], cells[4]) = ($" {status} ", $" {start} ", $" {finish} ");
        lines[index] = string.Join('|', cells);
        return string.Join('\n', lines);
    }

    /// <summary>The cells of the data row whose topic cell contains <paramref name="topic"/>.</summary>
    public static string[] Row(string text, string topic)
    {
        var line = text.Split('\n').First(l => l.StartsWith('|') && l.Split('|')[1].Contains(topic, StringComparison.Ordinal));
        return line.TrimEnd('\r').Split('|')[1..^1].Select(c => c.Trim()).ToArray();
    }
}
