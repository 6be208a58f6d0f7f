using RoadmapGit.Core.Diagnostics;

namespace RoadmapGit;

/// <summary>Where every line goes: results on stdout, diagnostics on stderr, each with one prefix.</summary>
internal sealed class Output(TextWriter stdout, TextWriter stderr)
{
    private const string Prefix = "roadmap-git: ";

    public void Result(string text) => stdout.Write(text.EndsWith('\n') ? text : text + "\n");

    public void Info(string text) => stderr.Write(Prefix + text + "\n");

    public void Warning(string text) => stderr.Write(Prefix + "warning: " + text + "\n");

    /// <summary>A finding of the core, with where it is: <c>roadmap-git: warning: README.md:12: …</c>.</summary>
    public void Diagnostic(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == Severity.Warning)
        {
            Warning(diagnostic.ToString());
        }
        else
        {
            Info(diagnostic.ToString());
        }
    }

    public void Error(string text) => stderr.Write(Prefix + "error: " + text + "\n");
}
