using System.Globalization;

namespace Extractor.Core.Output;

/// <summary>
/// <c>--output FILE</c>: the run writes to a hidden temporary file beside FILE, renamed over it by
/// <see cref="Commit"/>. Until then FILE is untouched; disposing without committing, or
/// <see cref="Abandon"/> on a signal, deletes the temporary file, so a failed run leaves no half file.
/// </summary>
/// <remarks>
/// FILE that exists and is not a regular file (a device such as <c>/dev/null</c>, a FIFO) is
/// written directly: renaming a file over it would replace the device or pipe with a plain file
/// (it did: <c>-o /dev/null</c> run as root left a regular file there).
/// FILE that is a symbolic link to a file has the file it leads to replaced, and the link kept.
/// </remarks>
public sealed class AtomicOutputFile : IDisposable
{
    private readonly FileStream _stream;
    private int _state; // 0 open, 1 committed, 2 abandoned

    /// <exception cref="IOException">The folder takes no new file (read-only, <c>/proc</c>, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public AtomicOutputFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        TargetPath = Path.GetFullPath(path);
        var special = OpenIfSpecial(TargetPath);
        if (special is not null)
        {
            _stream = special;
            return;
        }

        TargetPath = FinalTarget(TargetPath);
        var directory = Path.GetDirectoryName(TargetPath)!;
        var name = Path.GetFileName(TargetPath);
        RemoveStale(directory, name);
        var unique = Guid.NewGuid().ToString("N")[..16];
        TemporaryPath = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".{name}.{Environment.ProcessId}-{unique}.tmp"));
        _stream = new FileStream(TemporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536);
    }

    /// <summary>The file the output goes to, symbolic links followed.</summary>
    public string TargetPath { get; }

    /// <summary>The temporary file written until <see cref="Commit"/>; null when the target is written directly.</summary>
    public string? TemporaryPath { get; }

    public Stream Stream => _stream;

    /// <summary>Closes the temporary file and renames it over the target.</summary>
    public void Commit()
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("the output file was already committed or abandoned");
        }

        if (TemporaryPath is null)
        {
            _stream.Flush();
            _stream.Dispose();
            return;
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

        if (TemporaryPath is not null)
        {
            File.Delete(TemporaryPath);
        }
    }

    public void Dispose() => Abandon();

    /// <summary>
    /// Whether <paramref name="candidate"/> is named as a temporary file of the output named
    /// <paramref name="outputName"/>: <c>.NAME.PID-HEX16.tmp</c>, or <c>.NAME.HEX32.tmp</c> as
    /// earlier builds named them.
    /// </summary>
    public static bool IsTemporaryOf(string outputName, string candidate) => TemporaryPid(outputName, candidate) is not null;

    // The process id in a temporary file's name; 0 for the earlier naming, null for another name.
    private static int? TemporaryPid(string outputName, string candidate)
    {
        ArgumentNullException.ThrowIfNull(outputName);
        ArgumentNullException.ThrowIfNull(candidate);
        var prefix = "." + outputName + ".";
        if (!candidate.StartsWith(prefix, StringComparison.Ordinal) || !candidate.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return null;
        }

        var middle = candidate.AsSpan(prefix.Length, candidate.Length - prefix.Length - 4);
        if (middle.Length == 32 && IsHex(middle))
        {
            return 0;
        }

        var dash = middle.IndexOf('-');
        return dash > 0 && middle.Length - dash - 1 == 16 && IsHex(middle[(dash + 1)..])
            && int.TryParse(middle[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid > 0
            ? pid
            : null;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    private static bool IsHex(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(HexDigits);

    // A killed run (SIGKILL, power loss) leaves its temporary file. Those of this output whose
    // process is gone are deleted; one whose process still runs may be a run writing the same
    // output right now, and is left alone.
    private static void RemoveStale(string directory, string name)
    {
        try
        {
            foreach (var path in Directory.EnumerateFiles(directory, "." + name + ".*.tmp"))
            {
                var pid = TemporaryPid(name, Path.GetFileName(path));
                if (pid is { } id && (id == 0 || !IsRunning(id)))
                {
                    File.Delete(path);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover that cannot be removed does not stop the run.
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    // An existing target that is not a plain file is opened for writing and written as it is (a
    // FIFO waits for its reader, as a shell's redirection does). .NET tells no file type, so
    // "not a plain file" is: it cannot seek (FIFO, socket, terminal), or it is under /dev (where
    // /dev/null and /dev/full can seek, and the standard streams' links lead). A plain file is
    // only opened, never changed, and closed again; one that may not be opened is replaced.
    private static FileStream? OpenIfSpecial(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        }
        catch (Exception e) when ((e is IOException or UnauthorizedAccessException) && !UnderDev(path))
        {
            return null;
        }

        if (!stream.CanSeek || UnderDev(path) || UnderDev(FinalTarget(path)))
        {
            return stream;
        }

        stream.Dispose();
        return null;
    }

    private static bool UnderDev(string path) =>
        !OperatingSystem.IsWindows() && path.StartsWith("/dev/", StringComparison.Ordinal);

    private static string FinalTarget(string path)
    {
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: the link itself is replaced.
            return path;
        }
    }
}
