using System.Text;
using RoadmapGit.Core;

namespace RoadmapGit.Tests.Support;

/// <summary>
/// A real git repository in a temp folder, driven by the git CLI. Identity comes from the
/// environment of each git call, so nothing depends on the machine's git configuration.
/// </summary>
internal sealed class TestRepo : IDisposable
{
    private TestRepo(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public static TestRepo Create(string? path = null)
    {
        var root = path ?? Path.Combine(Path.GetTempPath(), "roadmap-git-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var repo = new TestRepo(root);
        repo.Git("init", "-q", "-b", "main");
        return repo;
    }

    /// <summary>A clone of this repository in a folder beside it (<c>--depth 1</c> and other options as given).</summary>
    public TestRepo Clone(string suffix, params string[] options)
    {
        var root = Root + "-" + suffix;
        Git(["clone", "-q", .. options, "file://" + Root, root]);
        return new TestRepo(root);
    }

    /// <summary>A clone without blobs (<c>--filter=blob:none</c>) beside this repository, which serves it the texts it lacks when asked.</summary>
    public TestRepo PartialClone()
    {
        Git("config", "uploadpack.allowFilter", "true");
        return Clone("partial", "--filter=blob:none");
    }

    /// <summary>
    /// The environment every git process in the tests gets: an identity, and no user or system
    /// config. It is the bench's, so a test repository and a generated one see git alike.
    /// </summary>
    public static void ApplyGitEnvironment(IDictionary<string, string?> environment) => RoadmapGit.Bench.Git.Isolate(environment);

    public void Write(string path, string content) => WriteBytes(path, Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string path, byte[] content)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    /// <summary>Writes a file and stages it, ready for a commit that fires the hook.</summary>
    public void Stage(string path, string content)
    {
        Write(path, content);
        Git("add", path);
    }

    public string Read(string path) => File.ReadAllText(Full(path));

    public byte[] ReadBytes(string path) => File.ReadAllBytes(Full(path));

    public string Full(string path) => Path.Combine(Root, path);

    /// <summary>Writes (or, with null content, deletes) files, stages everything and commits at <paramref name="date"/>.</summary>
    public string Commit(string date, string message, params (string Path, string? Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            if (content is null)
            {
                File.Delete(Full(path));
            }
            else
            {
                Write(path, content);
            }
        }

        Git("add", "-A");
        GitAt(date, "commit", "-q", "--no-verify", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args) => Run(null, args).Output;

    public string GitAt(string date, params string[] args) => Run(date, args).Output;

    public (int ExitCode, string Output, string Error) Run(string? date, params string[] args)
    {
        var result = TryRun(date, null, args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({result.ExitCode}): {result.Error}{result.Output}");
        }

        return result;
    }

    public (int ExitCode, string Output, string Error) TryRun(string? date, IDictionary<string, string>? extra, params string[] args) =>
        ChildProcess.Run("git", Root, args, environment =>
        {
            ApplyGitEnvironment(environment);
            if (date is not null)
            {
                environment["GIT_AUTHOR_DATE"] = date;
                environment["GIT_COMMITTER_DATE"] = date;
            }

            foreach (var (key, value) in extra ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }
        });

    /// <summary>Runs git with <paramref name="input"/> on its standard input (for <c>fast-import</c>).</summary>
    public (int ExitCode, string Output, string Error) TryRunWithInput(string input, params string[] args)
    {
        using var process = ChildProcess.Start("git", Root, args, ApplyGitEnvironment, redirectInput: true);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
