using Microsoft.Win32.SafeHandles;

namespace Extractor.Cli;

/// <summary>
/// Standard output as a stream whose writes fail when the reader has gone away.
/// </summary>
/// <remarks>
/// .NET's console stream on Unix swallows EPIPE ("pretend we were successful"), so
/// <c>extract corpus | head -1</c> ran the whole corpus into a closed pipe and exited 0. A
/// <see cref="FileStream"/> over descriptor 1 reports it as an <see cref="IOException"/>. It is
/// used only where standard output cannot seek (a pipe, a socket, a terminal): on a regular file
/// FileStream writes at its own offset with pwrite, which would overwrite what standard error
/// adds to the same file (<c>&gt; log 2&gt;&amp;1</c>); the console stream writes there at the
/// shared offset and still reports a full disk.
/// </remarks>
internal static class StandardOutput
{
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        FileStream? stream = null;
        try
        {
            // bufferSize 0: the writers buffer and flush each record themselves.
            stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek)
            {
                return stream;
            }
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Descriptor 1 closed or not writable: the console stream reports it as it writes.
        }

        stream?.Dispose();
        return Console.OpenStandardOutput();
    }
}
