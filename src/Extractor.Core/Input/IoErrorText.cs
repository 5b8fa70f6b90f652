using System.Text.RegularExpressions;

namespace Extractor.Core.Input;

/// <summary>
/// An I/O failure in plain words for an <c>extract: PATH: REASON</c> line: the line names the
/// path already, so the reason never repeats it, and .NET's wording ("Could not find file '…'",
/// "Access to the path '…' is denied.") does not reach the user.
/// </summary>
public static partial class IoErrorText
{
    // Linux errno values that .NET passes on as the HResult of a plain IOException.
    private const int Eloop = 40;
    private const int Erofs = 30;
    private const int Enospc = 28;
    private const int Enotdir = 20;
    private const int Eisdir = 21;

    public static string Reason(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            UnauthorizedAccessException => "permission denied",
            FileNotFoundException or DirectoryNotFoundException => "no such file",
            PathTooLongException => "the path is too long",
            IOException when OperatingSystem.IsLinux() && e.HResult == Eloop => "a loop of symbolic links (a link that leads back to itself)",
            IOException when OperatingSystem.IsLinux() && e.HResult == Erofs => "read-only file system",
            IOException when OperatingSystem.IsLinux() && e.HResult == Enospc => "no space left on the device",
            IOException when OperatingSystem.IsLinux() && e.HResult == Enotdir => "a part of the path is not a directory",
            IOException when OperatingSystem.IsLinux() && e.HResult == Eisdir => "is a directory",
            _ => Plain(e.Message),
        };
    }

    // "Broken pipe : '/x/y'" -> "broken pipe": the operating system's words without the path.
    private static string Plain(string message)
    {
        var text = QuotedPathSuffix().Replace(message.ReplaceLineEndings(" "), "").Trim().TrimEnd('.');
        return text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1])
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;
    }

    [GeneratedRegex(@"\s*:\s*'[^']*'\s*$")]
    private static partial Regex QuotedPathSuffix();
}
