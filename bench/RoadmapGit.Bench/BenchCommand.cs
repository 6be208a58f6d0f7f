using System.Globalization;
using RoadmapGit.Bench.Generation;
using RoadmapGit.Bench.Harness;

namespace RoadmapGit.Bench;

/// <summary>The command line: <c>generate</c> one repository, or <c>run</c> the whole measurement.</summary>
internal static class BenchCommand
{
    public const string Usage = """
        usage:
          generate --size S|M|L|COMMITSxNOTES [--seed N] [--double-notes] [--double-commits] DIRECTORY
          run [--sizes S,M,L] [--scaling SIZE|none] [--runs N] [--bound SECONDS] [--single-above SECONDS]
              [--quick] [--tool PATH] [--work DIRECTORY] [--keep] [--seed N] [--output FILE]
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return args.FirstOrDefault() switch
            {
                "generate" => Generate(new Arguments(args[1..]), output),
                "run" => Measure(new Arguments(args[1..]), output, error),
                _ => throw new ArgumentException("unknown command"),
            };
        }
        catch (ArgumentException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine(Usage);
            return 2;
        }
        catch (InvalidOperationException e)
        {
            // A step the harness depends on failed (git, dotnet pack, the tool's demo): say which, and stop.
            error.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Generate(Arguments arguments, TextWriter output)
    {
        var size = arguments.Size("--size") ?? throw new ArgumentException("--size is required");
        if (arguments.Flag("--double-notes"))
        {
            size = size.WithNotesDoubled();
        }

        if (arguments.Flag("--double-commits"))
        {
            size = size.WithCommitsDoubled();
        }

        var seed = arguments.Number("--seed") ?? 1;
        var directory = arguments.Positional() ?? throw new ArgumentException("the target directory is required");
        var repository = RepositoryGenerator.Generate(Path.GetFullPath(directory), size, (ulong)seed);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{repository.Size} seed {seed}: HEAD {repository.Head} in {repository.Elapsed.TotalSeconds:0.0} s at {repository.Directory}"));
        return 0;
    }

    private static int Measure(Arguments arguments, TextWriter output, TextWriter error)
    {
        var quick = arguments.Flag("--quick");
        var sizes = (arguments.Text("--sizes") ?? (quick ? "S" : "S,M,L")).Split(',').Select(ParseSize).ToList();
        var scalingText = arguments.Text("--scaling") ?? (quick ? "S" : "M");
        var options = new HarnessOptions(
            sizes,
            scalingText == "none" ? null : ParseSize(scalingText),
            arguments.Number("--runs") ?? (quick ? 1 : 5),
            TimeSpan.FromSeconds(arguments.Number("--bound") ?? 600),
            TimeSpan.FromSeconds(arguments.Number("--single-above") ?? 60),
            quick,
            arguments.Text("--tool") is { } tool ? Path.GetFullPath(tool) : null,
            Path.GetFullPath(arguments.Text("--work") ?? Path.Combine(Path.GetTempPath(), "roadmap-git-bench-" + Guid.NewGuid().ToString("N")[..8])),
            arguments.Flag("--keep"),
            (ulong)(arguments.Number("--seed") ?? 1));
        var file = arguments.Text("--output");
        if (arguments.Positional() is { } extra)
        {
            throw new ArgumentException($"unexpected argument '{extra}'");
        }

        var markdown = ReportWriter.Write(BenchRunner.Run(options, error), options);
        output.Write(markdown);
        if (file is not null)
        {
            File.WriteAllText(file, markdown);
        }

        return 0;
    }

    private static RepositorySize ParseSize(string text) =>
        RepositorySize.TryParse(text.Trim(), out var size) ? size : throw new ArgumentException($"'{text}' is not S, M, L or COMMITSxNOTES");
}
