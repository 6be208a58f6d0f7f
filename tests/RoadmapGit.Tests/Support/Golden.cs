namespace RoadmapGit.Tests.Support;

/// <summary>
/// Compares what people read against a reviewed file in Fixtures/golden. To accept a deliberate
/// change, run the tests with ROADMAP_GIT_ACCEPT_GOLDEN=1 and review the diff before committing.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var source = Path.Combine(RepositoryRoot.Path, "tests", "RoadmapGit.Tests", "Fixtures", "golden", name);
        if (Environment.GetEnvironmentVariable("ROADMAP_GIT_ACCEPT_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
        }

        Assert.Equal(File.ReadAllText(source), actual);
    }
}
