using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RoadmapGit.Core.Files;

/// <summary>
/// A cache kept on disk in the git directory: a compact binary file, checked by its kind, version,
/// length and checksum before a byte of it is trusted, and replaced whole (a temporary file beside
/// it, then a rename) so that a reader never sees half of one and two writers never mix theirs.
/// Anything wrong reads as no cache, so a file cut short by a crash costs one fresh read and
/// nothing else. A cache file or folder that is a link (it may point anywhere) is neither read
/// nor written.
/// </summary>
internal sealed class CheckedCacheFile(string path, string kind, int version)
{
    private const int HeaderLength = 16;
    private const int MaxLength = 1 << 30;
    private readonly byte[] _magic = Encoding.ASCII.GetBytes(kind);

    private (object Decode, Task<object?> Value)? _prefetched;

    public string Path { get; } = path;

    /// <summary>
    /// Starts reading and decoding the file in the background, for the next <see cref="Load{T}"/>
    /// with the same <paramref name="decode"/> (the same delegate object) to take.
    /// </summary>
    public void Prefetch<T>(Func<BinaryReader, T> decode)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(decode);
        _prefetched ??= (decode, Task.Run<object?>(() => Decode(ReadBytes(), decode)));
    }

    public T? Load<T>(Func<BinaryReader, T> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var prefetched = _prefetched;
        _prefetched = null;
        return prefetched is { } started && ReferenceEquals(started.Decode, read)
            ? (T?)started.Value.GetAwaiter().GetResult()
            : Decode(ReadBytes(), read);
    }

    private T? Decode<T>(byte[]? data, Func<BinaryReader, T> read)
        where T : class
    {
        if (data is null)
        {
            return null;
        }

        if (data.Length < HeaderLength + SHA256.HashSizeInBytes
            || !data.AsSpan(0, 4).SequenceEqual(_magic)
            || BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(4)) != version
            || BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(8)) != data.Length - HeaderLength - SHA256.HashSizeInBytes)
        {
            return null;
        }

        var payload = data.AsMemory(HeaderLength, data.Length - HeaderLength - SHA256.HashSizeInBytes);
        if (!SHA256.HashData(payload.Span).AsSpan().SequenceEqual(data.AsSpan(data.Length - SHA256.HashSizeInBytes)))
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(data, HeaderLength, payload.Length, writable: false), Encoding.UTF8);
            return read(reader);
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache; one that cannot be written (a read-only repository) is simply not kept.</summary>
    public void Save(Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var temporary = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            if (Redirected())
            {
                return;
            }

            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                Span<byte> header = stackalloc byte[HeaderLength];
                _magic.CopyTo(header);
                BinaryPrimitives.WriteInt32LittleEndian(header[4..], version);
                BinaryPrimitives.WriteInt64LittleEndian(header[8..], body.Length);
                file.Write(header);
                file.Write(body);
                file.Write(SHA256.HashData(body));
                file.Flush();
            }

            File.Move(temporary, Path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private byte[]? ReadBytes()
    {
        if (Redirected())
        {
            return null;
        }

        try
        {
            // Shared so that a writer may replace the file while it is being read.
            using var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxLength)
            {
                return null;
            }

            var data = new byte[stream.Length];
            stream.ReadExactly(data);
            return data;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private bool Redirected() =>
        new FileInfo(Path).LinkTarget is not null || new DirectoryInfo(System.IO.Path.GetDirectoryName(Path)!).LinkTarget is not null;

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it is never read: only the cache's own name is.
        }
    }
}
