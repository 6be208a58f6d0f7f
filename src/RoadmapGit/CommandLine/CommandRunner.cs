using System.Reflection;
using RoadmapGit.Core;
using RoadmapGit.Core.Config;
using RoadmapGit.Core.Git;

namespace RoadmapGit.CommandLine;

/// <summary>
/// Finds the command the words name, or the help or version asked for, parses the rest and runs
/// it. The one place where a failure becomes one error line and a documented exit code.
/// </summary>
internal sealed class CommandRunner(CommandTable table)
{
    public int Run(string[] args, string workingDirectory, Output output)
    {
        try
        {
            return Dispatch(args, workingDirectory, output);
        }
        catch (CommandLineException e)
        {
            output.Error(e.Message);
            return ExitCodes.UsageError;
        }
    }

    public static string Version =>
        typeof(CommandRunner).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

    private int Dispatch(string[] args, string workingDirectory, Output output)
    {
        switch (args)
        {
            case []:
                return Help(output, HelpText.ForTool(table));
            case ["-v" or "--version"]:
                output.Result(Messages.Version(Version));
                return ExitCodes.Success;
            case ["-v" or "--version", var extra, ..]:
                throw new CommandLineException(Messages.UnexpectedAfterVersion(extra));
            case ["help" or "-h" or "--help", .. var topic]:
                return Help(output, HelpFor(topic));
        }

        var (command, rest) = Find(args);
        if (command is null)
        {
            return Help(output, HelpText.ForGroup(table, args[0]));
        }

        if (rest.TakeWhile(w => w != "--").Any(w => w is "-h" or "--help"))
        {
            return Help(output, HelpText.ForCommand(command.Spec));
        }

        var input = CommandLineParser.Parse(command.Spec, rest, workingDirectory, output);
        return Guard(command, input);
    }

    /// <summary>The command the first words name; none for a group named alone (or with --help).</summary>
    private (ICommand? Command, string[] Words) Find(string[] args)
    {
        var first = args[0];
        if (table.IsGroup(first))
        {
            if (args.Length == 1 || args[1] is "-h" or "--help")
            {
                return (null, []);
            }

            var members = table.Visible.Where(c => c.Spec.Group == first).Select(c => c.Spec.Name[(first.Length + 1)..]);
            var named = table.Find(first + " " + args[1]) ?? throw new CommandLineException(Messages.UnknownSubcommand(first, args[1], members));
            return (named, args[2..]);
        }

        if (first.StartsWith('-'))
        {
            throw new CommandLineException(Messages.UnknownToolOption(first));
        }

        var command = table.Find(first) ?? throw new CommandLineException(Messages.UnknownCommand(first, table.TopLevel.Select(c => c.Name).Append("help")));
        return (command, args[1..]);
    }

    private string HelpFor(string[] topic)
    {
        if (topic is [] or ["-h" or "--help"])
        {
            return HelpText.ForTool(table);
        }

        var (command, rest) = Find(topic);
        if (command is null)
        {
            return HelpText.ForGroup(table, topic[0]);
        }

        return rest.Length == 0 ? HelpText.ForCommand(command.Spec) : throw new CommandLineException(Messages.UnexpectedAfterHelp(rest[0]));
    }

    private static int Help(Output output, string text)
    {
        output.Result(text);
        return ExitCodes.Success;
    }

    private static int Guard(ICommand command, CommandInput input)
    {
        try
        {
            return command.Run(input);
        }
        catch (Exception e) when (e is UsageException or ConfigException or CommandLineException)
        {
            input.Output.Error(e.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || GitErrors.IsRepositoryError(e))
        {
            input.Output.Error(input.Verbose ? e.ToString() : Messages.CannotRead(e.Message));
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            input.Output.Error(input.Verbose ? e.ToString() : Messages.InternalError(e.Message));
            return ExitCodes.InternalError;
        }
    }
}
