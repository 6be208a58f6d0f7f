using System.Text;

namespace RoadmapGit.CommandLine;

/// <summary>
/// Writes help: for the tool, for a group of commands, for one command. Every line fits in
/// <see cref="Width"/> columns; descriptions wrap under their own column.
/// </summary>
internal static class HelpText
{
    public const int Width = 80;

    private const string Tool = "roadmap-git";

    public static string ForTool(CommandTable table)
    {
        var help = new StringBuilder();
        Paragraph(help, Messages.About);
        help.Append($"Usage: {Tool} <command> [options]\n\n");
        Paragraph(help, Messages.StartHint);
        var commands = table.TopLevel.Select(c => (c.Name, c.Summary)).Append(("help", Messages.HelpCommandSummary));
        Rows(help, "Commands:", commands);
        Rows(help, "Options:", [("-h, --help", Messages.HelpOptionSummary), ("-v, --version", Messages.VersionOptionSummary)]);
        Examples(help, table.Examples);
        help.Append(Messages.HelpForACommand(Tool)).Append('\n');
        return help.ToString();
    }

    public static string ForGroup(CommandTable table, string group)
    {
        var help = new StringBuilder();
        help.Append($"Usage: {Tool} {group} <command> [options]\n\n");
        Paragraph(help, table.GroupSummary(group) + ".");
        var members = table.Visible.Where(c => c.Spec.Group == group).Select(c => c.Spec).ToList();
        Rows(help, "Commands:", members.Select(s => (s.Name[(group.Length + 1)..], s.Summary)));
        Rows(help, "Options:", [("-h, --help", Messages.HelpOptionSummary)]);
        Examples(help, members.SelectMany(s => s.Examples.Take(1)).ToList());
        help.Append(Messages.HelpForACommand($"{Tool} {group}")).Append('\n');
        return help.ToString();
    }

    public static string ForCommand(CommandSpec spec)
    {
        var help = new StringBuilder();
        help.Append(Usage(spec)).Append("\n\n");
        Paragraph(help, spec.Summary + ".");

        if (spec.Arguments.Count > 0)
        {
            Rows(help, "Arguments:", spec.Arguments.Select(a => (a.Label, a.Description)));
        }

        var options = spec.Options.Select(o => (o.Label, o.Default is null ? o.Description : $"{o.Description} (default: {o.Default})"));
        Rows(help, "Options:", options.Append(("-h, --help", Messages.HelpOptionSummary)));
        Examples(help, spec.Examples);
        return help.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Every option spelled out when that fits on one line, else <c>[options]</c>.</summary>
    private static string Usage(CommandSpec spec)
    {
        var arguments = string.Concat(spec.Arguments.Select(a => " " + a.Label));
        var full = $"Usage: {Tool} {spec.Name}{arguments}" + string.Concat(spec.Options.Select(o => $" [{o.Label}]"));
        return full.Length <= Width ? full : $"Usage: {Tool} {spec.Name}{arguments} [options]";
    }

    private static void Paragraph(StringBuilder help, string text)
    {
        foreach (var line in Wrap(text, Width))
        {
            help.Append(line).Append('\n');
        }

        help.Append('\n');
    }

    private static void Rows(StringBuilder help, string heading, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        var column = list.Max(r => r.Label.Length) + 4;
        help.Append(heading).Append('\n');
        foreach (var (label, text) in list)
        {
            var lines = Wrap(text, Width - column);
            help.Append("  ").Append(label.PadRight(column - 2)).Append(lines[0]).Append('\n');
            foreach (var more in lines.Skip(1))
            {
                help.Append(' ', column).Append(more).Append('\n');
            }
        }

        help.Append('\n');
    }

    private static void Examples(StringBuilder help, IReadOnlyList<Example> examples)
    {
        if (examples.Count == 0)
        {
            return;
        }

        help.Append("Examples:\n");
        foreach (var example in examples)
        {
            help.Append("  ").Append(example.What).Append(":\n    ").Append(example.CommandLine).Append('\n');
        }

        help.Append('\n');
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
