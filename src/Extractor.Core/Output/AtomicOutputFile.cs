namespace Extractor.Core.Output;

/// <summary>
/// <c>--output FILE</c>: the run writes to a hidden temporary file beside FILE, renamed over it by
/// <see cref="Commit"/>. Until then FILE is untouched; disposing without committing, or
/// <see cref="Abandon"/> on a signal, deletes the temporary file, so a failed run leaves no half file.
/// </summary>
public sealed class AtomicOutputFile : IDisposable
{
    private readonly FileStream _stream;
    private int _state; // 0 open, 1 committed, 2 abandoned

    public AtomicOutputFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        TargetPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(TargetPath)!;
        TemporaryPath = Path.Combine(directory, $".{Path.GetFileName(TargetPath)}.{Guid.NewGuid():N}.tmp");
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536);
    }

    public string TargetPath { get; }

    public string TemporaryPath { get; }

    public Stream Stream => _stream;

    /// <summary>Closes the temporary file and renames it over the target.</summary>
    public void Commit()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("the output file was already committed or abandoned");
        }

        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(TemporaryPath, TargetPath, overwrite: true);
    }

    /// <summary>Deletes the temporary file; safe to call from a signal handler, and more than once.</summary>
    public void Abandon()
    {
        if (Interlocked.CompareExchange(ref _state, 2, 0) != 0)
        {
            return;
        }

        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // A write may fail as the stream closes under it; the file is deleted either way.
        }

        File.Delete(TemporaryPath);
    }

    public void Dispose() => Abandon();
}
