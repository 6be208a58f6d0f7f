using RoadmapGit.Core.Diagnostics;
using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Core.Doctor;

/// <summary>The pre-commit hook is in place where git looks, is roadmap-git's (or calls it), and git will run it.</summary>
public sealed class HookCheck : IDoctorCheck
{
    public string Title => "pre-commit hook";

    public bool NeedsPlan => false;

    public IReadOnlySet<string> Claims { get; } = new HashSet<string>(StringComparer.Ordinal);

    public IEnumerable<Diagnostic> Run(DoctorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.Repository.WorkingDirectory;
        var status = HookInspector.Inspect(root);
        string Shown(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        var finding = status.State switch
        {
            HookState.Missing => Diagnose.HookMissing(Shown(status.HookPath)),
            HookState.Foreign => Diagnose.HookForeign(Shown(status.HookPath)),
            HookState.ScriptWithoutTool => Diagnose.HookManagerScriptWithoutTool(Shown(status.HookPath), Shown(status.Elsewhere!)),
            HookState.StubMovedAside => Diagnose.HookManagerStubMovedAside(Shown(status.Elsewhere!)),
            HookState.NotExecutable => Diagnose.HookNotExecutable(Shown(status.HookPath)),
            HookState.Outdated => Diagnose.HookOutdated(Shown(status.HookPath)),
            HookState.Bypassed => Diagnose.HookBypassed(status.HooksPath!, Shown(status.Elsewhere!)),
            _ => null,
        };
        if (finding is not null)
        {
            yield return finding;
        }

        if (status.PreviousNotExecutable is { } previous)
        {
            yield return Diagnose.PreviousHookNotExecutable(Shown(previous));
        }
    }
}
