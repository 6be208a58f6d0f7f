namespace RoadmapGit.Core;

/// <summary>
/// Every error the core stops on, each with its one named place: what is wrong, then how to fix
/// it. All are usage or configuration errors (exit code 2).
/// </summary>
public static class Fail
{
    public static UsageException OutsideWorkTree(string what, string path) =>
        new($"{what} '{path}' lies outside the repository's work tree, so it is neither read nor written. Give a path inside the repository");

    public static UsageException NotAFile(string what, string path) =>
        new($"{what} '{path}' is not a file. Give the path of a file");

    public static UsageException LinkLoop(string what, string path) =>
        new($"{what} '{path}' is a symbolic link that never ends in a file (a loop). Point the link at a file inside the repository");

    public static UsageException TooLarge(string what, string path, long bound) =>
        new($"{what} '{path}' is larger than {bound / (1024 * 1024)} MB, more than any {what} can be. Check the path");

    public static UsageException NotInsideRepository() =>
        new("not inside a git work tree. cd to your roadmap's repository");

    public static UsageException RoadmapNotFound(string path, string configFile) =>
        new($"roadmap file '{path}' not found. Create it, or list your roadmap files under \"roadmaps\" in {configFile}");

    public static UsageException NoRoadmapFound(string configFile) =>
        new("no roadmap found: no markdown file that git tracks holds a roadmap table (a Status column and a Start or Finish column). " +
            $"Commit your roadmap (git add README.md), or list it under \"roadmaps\" in {configFile}");

    public static UsageException CompletionAlreadySet(string configFile, string configured, string asked) =>
        new($"\"completion\" is \"{configured}\" in {configFile}, and init never changes a value you set. " +
            $"To use \"{asked}\", change it in {configFile}; or run init without --mode");

    public static UsageException NestedTooDeeply(string path) =>
        new($"'{path}' nests quotes, lists or brackets too deeply to be read as markdown; it was left as it is. Flatten the nesting and run again");

    public static UsageException CannotWrite(string what, string path, string reason) =>
        new($"{what} '{path}' could not be written ({reason}); it was left as it was. Free some disk space, or check the file's permissions, and run again");

    public static UsageException CannotStage(IEnumerable<string> paths) =>
        new($"{string.Join(", ", paths.Select(p => $"'{p}'"))} could not be staged: git's object store or index could not be written (a full disk, a file size limit or no write permission). Free some disk space and commit again");

    public static UsageException NotUtf8(string path) =>
        new($"'{path}' is not UTF-8 text; it was left as it is. Save it as UTF-8 and run again");
}
