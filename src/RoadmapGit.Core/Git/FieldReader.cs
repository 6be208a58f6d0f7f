namespace RoadmapGit.Core.Git;

/// <summary>
/// Splits a stream into fields ended by one byte (NUL for git's <c>-z</c> output, a line break
/// otherwise), reading a block at a time so that a long history is never held whole.
/// </summary>
internal sealed class FieldReader(Stream stream, byte separator = 0)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _ended;

    /// <summary>The next field; valid until the next call. False at the end of the stream.</summary>
    public bool TryRead(out ReadOnlySpan<byte> token)
    {
        while (true)
        {
            var nul = _buffer.AsSpan(_start, _end - _start).IndexOf(separator);
            if (nul >= 0)
            {
                token = _buffer.AsSpan(_start, nul);
                _start += nul + 1;
                return true;
            }

            if (_ended)
            {
                token = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return token.Length > 0;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _ended = read == 0;
    }
}
