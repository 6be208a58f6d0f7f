using System.Reflection;
using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Core.Demo;

/// <summary>
/// Builds a throwaway repository from the embedded sample roadmap, installs the hook, and
/// replays the scripted learning history through real <c>git commit</c>s, so every table
/// change in it was made by the hook.
/// </summary>
public static class DemoRunner
{
    public const string SampleResource = "RoadmapGit.Core.Demo.backend-roadmap.md";

    private const string HookPrefix = "roadmap-git: ";

    public static byte[] SampleBytes()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(SampleResource)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public static DemoResult Run(string directory, ToolCommand tool, Action<string>? progress = null)
    {
        Directory.CreateDirectory(directory);
        var git = new GitCli(directory);
        git.Run(null, "init", "-q", "-b", "main");

        // Pin this throwaway repository's hooks folder, so a global core.hooksPath is never touched.
        git.Run(null, "config", "core.hooksPath", Path.Combine(directory, ".git", "hooks"));
        git.Run(null, "config", "user.name", "roadmap-git demo");
        git.Run(null, "config", "user.email", "demo@roadmap-git.invalid");
        File.WriteAllBytes(Path.Combine(directory, "README.md"), SampleBytes());
        git.Run(null, "add", "README.md");
        git.Run("2026-02-08T12:00:00+03:00", "commit", "-q", "--no-verify", "-m", "Backend roadmap");
        HookInstaller.Install(directory, tool);

        foreach (var step in DemoHistory.Steps)
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

            var output = git.Run(step.Date, "commit", "-q", "-m", step.Message);
            progress?.Invoke($"{step.Date[..10]}  {step.Message}");
            // What the hook said about this commit, under it.
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                progress?.Invoke("    " + (line.StartsWith(HookPrefix, StringComparison.Ordinal) ? line[HookPrefix.Length..] : line));
            }
        }

        return new DemoResult(directory, File.ReadAllText(Path.Combine(directory, "README.md")), DemoHistory.Steps.Count + 1);
    }
}
