namespace RoadmapGit.CommandLine;

/// <summary>
/// Reads the words after a command's name against its <see cref="CommandSpec"/>:
/// <c>--name</c>, <c>--name value</c>, <c>--name=value</c>, positional arguments, and <c>--</c>
/// after which every word is an argument. Anything it does not know is an error, never ignored.
/// </summary>
internal static class CommandLineParser
{
    public static CommandInput Parse(CommandSpec spec, IReadOnlyList<string> words, string workingDirectory, Output output)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var arguments = new List<string>();
        var onlyArguments = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (onlyArguments || word.Length < 2 || word[0] != '-')
            {
                arguments.Add(word);
            }
            else if (word == "--")
            {
                onlyArguments = true;
            }
            else
            {
                var (name, inline) = Split(word);
                var option = spec.Options.FirstOrDefault(o => "--" + o.Name == name)
                    ?? throw new CommandLineException(Messages.UnknownOption(spec, name));
                options[option.Name] = option.IsFlag
                    ? inline is null ? null : throw new CommandLineException(Messages.FlagTakesNoValue(spec, option))
                    : Value(spec, option, inline ?? (i + 1 < words.Count && !words[i + 1].StartsWith("--", StringComparison.Ordinal) ? words[++i] : null));
            }
        }

        Check(spec, arguments);
        return new CommandInput(options, arguments, workingDirectory, output);
    }

    private static (string Name, string? Value) Split(string word)
    {
        var equals = word.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (word, null) : (word[..equals], word[(equals + 1)..]);
    }

    private static string Value(CommandSpec spec, OptionSpec option, string? value)
    {
        if (value is null)
        {
            throw new CommandLineException(Messages.MissingOptionValue(spec, option));
        }

        if (option.Values.Count == 0)
        {
            return value;
        }

        return option.Values.FirstOrDefault(v => v.Equals(value, StringComparison.OrdinalIgnoreCase))
            ?? throw new CommandLineException(Messages.UnknownOptionValue(option, value));
    }

    private static void Check(CommandSpec spec, List<string> arguments)
    {
        if (arguments.Count < spec.Arguments.Count)
        {
            throw new CommandLineException(Messages.MissingArgument(spec, spec.Arguments[arguments.Count]));
        }

        if (arguments.Count > spec.Arguments.Count)
        {
            throw new CommandLineException(spec.Arguments.Count == 1
                ? Messages.ArgumentInSeveralWords(spec, arguments)
                : Messages.UnexpectedArgument(spec, arguments[spec.Arguments.Count]));
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = spec.Arguments[i];
            if (argument.Values.Count > 0)
            {
                arguments[i] = argument.Values.FirstOrDefault(v => v.Equals(arguments[i], StringComparison.OrdinalIgnoreCase))
                    ?? throw new CommandLineException(Messages.UnknownArgumentValue(argument, arguments[i]));
            }
        }
    }
}
