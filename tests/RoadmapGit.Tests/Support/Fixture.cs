namespace RoadmapGit.Tests.Support;

/// <summary>Byte-exact fixture files copied next to the test assembly.</summary>
internal static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
