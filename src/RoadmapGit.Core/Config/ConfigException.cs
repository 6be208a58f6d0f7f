namespace RoadmapGit.Core.Config;

/// <summary>A configuration problem; the message names the key. Exit code 2.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string message)
        : base(message)
    {
    }

    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConfigException()
    {
    }
}
