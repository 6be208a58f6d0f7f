using System.Reflection;

namespace RoadmapGit.Core.Config;

/// <summary>
/// The JSON schema of <c>.roadmap-git.json</c>, shipped inside the tool. It has no published
/// address, so <c>init</c> puts a copy beside the config and points <c>$schema</c> at it with a
/// relative reference: editors resolve it offline, and it always matches the tool that wrote it.
/// </summary>
public static class ConfigSchema
{
    /// <summary>The copy in a roadmap's repository, beside <see cref="RoadmapConfig.FileName"/>.</summary>
    public const string FileName = ".roadmap-git.schema.json";

    /// <summary>The <c>$schema</c> value <c>init</c> writes: relative to the config file.</summary>
    public const string Reference = "./" + FileName;

    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RoadmapGit.Core.Config.roadmap-git.schema.json")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    });

    public static byte[] Bytes() => (byte[])Content.Value.Clone();
}
