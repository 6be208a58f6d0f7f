using System.Globalization;
using System.Text;

namespace RoadmapGit.Bench.Generation;

/// <summary>Writes git's fast-import stream: commits with marks, parents, and inline file contents.</summary>
internal sealed class FastImportWriter(Stream output)
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <param name="identity">Name and address, as in <c>Learner &lt;learner@example.invalid&gt;</c>.</param>
    /// <param name="date">Seconds since the epoch and offset, as in <c>1546840800 +0300</c>.</param>
    public void Commit(string branch, int mark, string identity, string date, string message, int? from = null, int? merge = null)
    {
        Line($"commit {branch}");
        Line(string.Create(CultureInfo.InvariantCulture, $"mark :{mark}"));
        Line($"author {identity} {date}");
        Line($"committer {identity} {date}");
        Data(message + "\n");
        if (from is { } parent)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"from :{parent}"));
        }

        if (merge is { } other)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"merge :{other}"));
        }
    }

    public void Modify(string path, string content)
    {
        Line($"M 100644 inline {path}");
        Data(content);
    }

    public void Delete(string path) => Line($"D {path}");

    public void Done() => Line("done");

    private void Data(string content)
    {
        var bytes = Utf8.GetBytes(content);
        Line(string.Create(CultureInfo.InvariantCulture, $"data {bytes.Length}"));
        output.Write(bytes);
        output.WriteByte((byte)'\n');
    }

    private void Line(string text)
    {
        output.Write(Utf8.GetBytes(text));
        output.WriteByte((byte)'\n');
    }
}
