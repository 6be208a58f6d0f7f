using System.Reflection;
using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Core.Demo;

/// <summary>
/// Builds a throwaway repository from the embedded sample roadmap as its learner kept it by hand,
/// adopts it with <c>roadmap-git init</c>, and replays the scripted learning history through real
/// <c>git commit</c>s, so every table change after adoption was made by the hook (or by the
/// learner's hand, where the script says so).
/// </summary>
public static class DemoRunner
{
    public const string SampleResource = "RoadmapGit.Core.Demo.backend-roadmap.md";

    private const string ToolPrefix = "roadmap-git: ";

    private const string AdoptionDate = "2026-02-10T23:00:00+03:00";

    public static byte[] SampleBytes()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(SampleResource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static DemoResult Run(string directory, ToolCommand tool, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(tool);
        Directory.CreateDirectory(directory);
        var git = new GitCli(directory);
        git.Run(null, "init", "-q", "-b", "main");

        // Pin this throwaway repository's hooks folder, so a global core.hooksPath is never touched.
        git.Run(null, "config", "core.hooksPath", Path.Combine(directory, ".git", "hooks"));
        git.Run(null, "config", "user.name", "roadmap-git demo");
        git.Run(null, "config", "user.email", "demo@roadmap-git.invalid");

        // The roadmap as first written; the learner fills two rows by hand in the commits that follow.
        var roadmap = System.Text.Encoding.UTF8.GetString(SampleBytes());
        foreach (var (filled, blank) in DemoHistory.HandFilledRows)
        {
            roadmap = roadmap.Replace(filled, blank, StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(directory, "README.md"), roadmap);
        git.Run(null, "add", "README.md");
        git.Run("2026-02-08T12:00:00+03:00", "commit", "-q", "--no-verify", "-m", "Backend roadmap");
        foreach (var step in DemoHistory.BeforeAdoption)
        {
            Commit(directory, git, step, progress);
        }

        Adopt(directory, tool, git, progress);
        foreach (var step in DemoHistory.Steps)
        {
            Commit(directory, git, step, progress);
        }

        var commits = 2 + DemoHistory.BeforeAdoption.Count + DemoHistory.Steps.Count;
        return new DemoResult(directory, File.ReadAllText(Path.Combine(directory, "README.md")), commits);
    }

    /// <summary>
    /// The learner adopts the roadmap they kept by hand, as anyone would: <c>roadmap-git init</c>
    /// (the very tool running the demo), then a commit of what it wrote.
    /// </summary>
    private static void Adopt(string directory, ToolCommand tool, GitCli git, Action<string>? progress)
    {
        // Both notes so far were written in one sitting, but the month ahead is a marked one.
        string[] arguments = tool.Assembly is null ? ["init", "--mode", "marked"] : [tool.Assembly, "init", "--mode", "marked"];
        var (code, output, error) = ChildProcess.Run(tool.Executable, directory, arguments);
        if (code != 0)
        {
            throw new UsageException($"roadmap-git init failed in the demo repository: {error.Trim()}");
        }

        progress?.Invoke($"{AdoptionDate[..10]}  roadmap-git init --mode marked");
        Report(error + output, progress);
        git.Run(null, "add", "-A");
        Report(git.Run(AdoptionDate, "commit", "-q", "-m", "Adopt roadmap-git"), progress);
    }

    private static void Commit(string directory, GitCli git, DemoStep step, Action<string>? progress)
    {
        if (step.Note is not null)
        {
            var path = Path.Combine(directory, step.Note);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, step.Content);
            git.Run(null, "add", step.Note);
        }

        if (step.RoadmapEdit is var (find, replace))
        {
            var roadmap = Path.Combine(directory, "README.md");
            var text = File.ReadAllText(roadmap);
            File.WriteAllText(roadmap, text.Contains(find, StringComparison.Ordinal)
                ? text.Replace(find, replace, StringComparison.Ordinal)
                : throw new InvalidOperationException($"the demo's roadmap has no '{find}'"));
            git.Run(null, "add", "README.md");
        }

        progress?.Invoke($"{step.Date[..10]}  {step.Message}");
        Report(git.Run(step.Date, "commit", "-q", "-m", step.Message), progress);
    }

    /// <summary>What the tool said (the hook about a commit, or init), under the step that made it say it.</summary>
    private static void Report(string said, Action<string>? progress)
    {
        foreach (var line in said.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            progress?.Invoke("    " + (line.StartsWith(ToolPrefix, StringComparison.Ordinal) ? line[ToolPrefix.Length..] : line));
        }
    }
}
