namespace Extractor.Core.Input;

/// <summary>Record ids from paths (SPEC §3 <c>id</c>): '/'-separated, format endings removed.</summary>
public static class PageIds
{
    private static readonly string[] FormatEndings = [".gz", ".txt", ".text", ".htm", ".html", ".xhtml", ".warc"];

    public static string FromRelativePath(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var id = relativePath.Replace('\\', '/');
        // ".html.gz" loses both endings; ".gz" only counts as an ending once.
        if (id.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            id = id[..^3];
        }

        foreach (var ending in FormatEndings.AsSpan(1))
        {
            if (id.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && id.Length > ending.Length)
            {
                return id[..^ending.Length];
            }
        }

        return id;
    }
}
