using System.Reflection;

namespace RoadmapGit.Core.Files;

/// <summary>
/// The build of the tool that worked a cached value out: the core's informational version, which
/// carries the commit it was built from, and the version of Markdig, which reads the roadmaps. A
/// value kept by another build (an upgrade, a build of another commit) may have been worked out
/// by other rules, whether or not anyone raised a version by hand.
/// </summary>
internal static class ToolBuild
{
    public static string Current { get; } = string.Join(
        ' ',
        typeof(ToolBuild).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion,
        typeof(Markdig.Markdown).Assembly.GetName().Version);
}
