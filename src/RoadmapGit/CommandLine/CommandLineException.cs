namespace RoadmapGit.CommandLine;

/// <summary>A command line that cannot run as typed. Exit code 2; the message says how to fix it.</summary>
internal sealed class CommandLineException : Exception
{
    public CommandLineException(string message)
        : base(message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CommandLineException()
    {
    }
}
