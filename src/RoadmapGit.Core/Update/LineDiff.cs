using System.Text;

namespace RoadmapGit.Core.Update;

/// <summary>The lines a rewrite changes, as <c>-</c>/<c>+</c> pairs under their line numbers.</summary>
public static class LineDiff
{
    public static string Describe(string path, string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Split('\n');
        var updated = after.Split('\n');
        var text = new StringBuilder();
        text.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var count = Math.Max(old.Length, updated.Length);
        for (var i = 0; i < count; i++)
        {
            var a = i < old.Length ? old[i].TrimEnd('\r') : null;
            var b = i < updated.Length ? updated[i].TrimEnd('\r') : null;
            if (a == b)
            {
                continue;
            }

            text.Append("@@ line ").Append(i + 1).Append(" @@\n");
            if (a is not null)
            {
                text.Append('-').Append(a).Append('\n');
            }

            if (b is not null)
            {
                text.Append('+').Append(b).Append('\n');
            }
        }

        return text.ToString();
    }
}
