using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace RoadmapGit.Core.Markdown;

/// <summary>
/// Which column of a table holds what, recognised from header text. A table is a roadmap table
/// only with a status column and at least one of start or finish.
/// </summary>
public sealed record ColumnMap(int Status, int? Start, int? Finish, int Topic, int? Notes)
{
    private static readonly Dictionary<string, ColumnRole> Aliases = BuildAliases();

    public static bool TryCreate(IReadOnlyList<string> headers, [NotNullWhen(true)] out ColumnMap? map)
    {
        ArgumentNullException.ThrowIfNull(headers);
        int? status = null, start = null, finish = null, topic = null, notes = null;
        for (var i = 0; i < headers.Count; i++)
        {
            switch (RoleOf(headers[i]))
            {
                case ColumnRole.Status: status ??= i; break;
                case ColumnRole.Start: start ??= i; break;
                case ColumnRole.Finish: finish ??= i; break;
                case ColumnRole.Topic: topic ??= i; break;
                case ColumnRole.Notes: notes ??= i; break;
            }
        }

        if (status is null || (start is null && finish is null))
        {
            map = null;
            return false;
        }

        topic ??= Enumerable.Range(0, headers.Count).FirstOrDefault(i => i != status && i != start && i != finish && i != notes);
        map = new ColumnMap(status.Value, start, finish, topic.Value, notes);
        return true;
    }

    public static ColumnRole RoleOf(string header) =>
        Aliases.TryGetValue(Normalize(header), out var role) ? role : ColumnRole.Other;

    /// <summary>Lower-case letters, digits and single spaces: drops emphasis, emoji and punctuation.</summary>
    internal static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        foreach (var c in header)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }

    private static Dictionary<string, ColumnRole> BuildAliases()
    {
        var aliases = new Dictionary<string, ColumnRole>(StringComparer.Ordinal);
        void Add(ColumnRole role, params string[] names)
        {
            foreach (var name in names)
            {
                aliases[name] = role;
            }
        }

        Add(ColumnRole.Status, "status", "state", "progress status", "current status");
        Add(ColumnRole.Start, "start date", "start", "started", "started on", "date started", "began", "start time");
        Add(ColumnRole.Finish, "finish date", "finish", "finished", "finished on", "date finished", "done", "done date",
            "completed", "completed on", "completion date", "date completed", "end", "end date");
        Add(ColumnRole.Notes, "notes", "note", "link", "links", "resources", "my notes");
        Add(ColumnRole.Topic, "topic", "topics", "name", "subject", "title", "course", "item", "module", "chapter");
        return aliases;
    }
}
