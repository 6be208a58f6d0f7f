using RoadmapGit.Core.Hooks;

namespace RoadmapGit.Core.Init;

/// <summary>The pre-commit hook <c>init</c> put in place, and where.</summary>
public sealed record InstalledHook(HookInstallResult Result, string Path);
