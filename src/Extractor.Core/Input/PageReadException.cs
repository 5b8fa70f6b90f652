namespace Extractor.Core.Input;

/// <summary>A page that cannot be read: the reason is written as <c>extract: PATH: REASON</c>.</summary>
public sealed class PageReadException : Exception
{
    public PageReadException()
    {
    }

    public PageReadException(string message)
        : base(message)
    {
    }

    public PageReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
