using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace RoadmapGit.Core.Git;

/// <summary>
/// One <c>git cat-file --batch</c> kept open: for the objects the repository's own files lack (in
/// a partial clone git fetches them from the remote as they are asked for), and for long reads.
/// </summary>
internal sealed class CatFileProcess : IDisposable
{
    /// <summary>
    /// Versions of notes lie all through the pack, and git maps a pack in windows of up to 1 GiB:
    /// every page a long read touched would stay resident to its end. Small windows are let go as
    /// the read moves on through history, for about a tenth more time.
    /// </summary>
    private static readonly string[] Settings = ["core.packedGitWindowSize=8m", "core.packedGitLimit=32m"];

    /// <summary>
    /// git would hand back the object a <c>git replace</c> put in a blob's place; libgit2, which
    /// reads the first blobs, knows nothing of replacements. A note's text must not depend on which
    /// of the two read it, so git reads what the id names, as libgit2 does.
    /// </summary>
    private static readonly string[] Arguments = ["--no-replace-objects", "cat-file", "--batch"];

    private readonly Process _process;
    private readonly BufferedStream _output;
    private readonly StringBuilder _errors = new();
    private byte[] _line = new byte[128];

    public CatFileProcess(GitCommandLine git)
    {
        _process = git.Start(Arguments, Settings);
        _output = new BufferedStream(_process.StandardOutput.BaseStream);
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    /// <summary>What git said on its error stream so far.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>True once git stopped answering: it ends when it cannot fetch an object, and answers nothing more.</summary>
    public bool Ended { get; private set; }

    /// <summary>The object's bytes, or null when git has no such object and could not fetch it.</summary>
    public byte[]? Read(string objectId)
    {
        try
        {
            _process.StandardInput.Write(objectId + "\n");
            _process.StandardInput.Flush();
            var line = ReadLine();
            if (line is null)
            {
                Ended = true;
                return null;
            }

            var header = line.Split(' ');
            if (header.Length != 3 || !int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                return null;
            }

            var content = new byte[size];
            _output.ReadExactly(content);
            _ = _output.ReadByte();
            return content;
        }
        catch (IOException)
        {
            // git ended (it could not fetch, or was killed): the object cannot be had.
            Ended = true;
            return null;
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            _process.WaitForExit(1000);
        }
        catch (IOException)
        {
            // git ended before reading what was last asked: there is nothing left to tell it.
        }
        finally
        {
            _output.Dispose();
            _process.Dispose();
        }
    }

    /// <summary>The next line git printed, or null when its output ended.</summary>
    private string? ReadLine()
    {
        // A header is an id, a type and a size: it fits the buffer kept for it.
        var length = 0;
        for (var b = _output.ReadByte(); b != '\n'; b = _output.ReadByte())
        {
            if (b < 0)
            {
                return null;
            }

            if (length == _line.Length)
            {
                Array.Resize(ref _line, _line.Length * 2);
            }

            _line[length++] = (byte)b;
        }

        return Encoding.ASCII.GetString(_line, 0, length);
    }
}
