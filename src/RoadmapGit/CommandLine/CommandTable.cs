namespace RoadmapGit.CommandLine;

/// <summary>
/// The commands the tool knows, in the order help lists them, and the groups that gather some
/// of them under one word (<c>hook install</c>).
/// </summary>
internal sealed class CommandTable(IReadOnlyList<ICommand> commands, IReadOnlyDictionary<string, string> groups)
{
    public IReadOnlyList<ICommand> Commands { get; } = commands;

    /// <summary>The tool's own examples, shown in its help.</summary>
    public IReadOnlyList<Example> Examples { get; init; } = [];

    public IEnumerable<ICommand> Visible => Commands.Where(c => !c.Spec.Hidden);

    /// <summary>Each command and each group once, as the tool's help lists them.</summary>
    public IEnumerable<(string Name, string Summary)> TopLevel =>
        Visible.Select(c => c.Spec.Group.Length == 0 ? (c.Spec.Name, c.Spec.Summary) : (c.Spec.Group, GroupSummary(c.Spec.Group))).Distinct();

    public bool IsGroup(string word) => groups.ContainsKey(word);

    public string GroupSummary(string group) => groups[group];

    public ICommand? Find(string name) => Commands.FirstOrDefault(c => c.Spec.Name == name);
}
