using System.IO.Compression;
using System.Text;

namespace Extractor.Tests.Cli;

/// <summary>A temporary folder of pages for one test, deleted afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus()
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "extract-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static string SeedsDirectory => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "seeds");

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public string Write(string relative, string content) => Write(relative, Encoding.UTF8.GetBytes(content));

    public string Write(string relative, byte[] content)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string WriteGzip(string relative, string content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(content));
        }

        return Write(relative, buffer.ToArray());
    }

    /// <summary>Copies the seed pages <paramref name="copies"/> times over, into nested folders.</summary>
    public void ReplicateSeeds(int copies)
    {
        var seeds = Directory.GetFiles(SeedsDirectory).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < copies; i++)
        {
            var seed = seeds[i % seeds.Length];
            Write($"d{i % 7}/p{i:D4}_{System.IO.Path.GetFileName(seed)}", File.ReadAllBytes(seed));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is cleaned by the OS.
        }
    }
}
