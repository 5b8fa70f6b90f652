using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Input;

namespace Extractor.Tests.Input;

public sealed class PageReaderTests
{
    // A file is read into a pooled array: a short page read after a long one on the same thread
    // must hash and decode only its own bytes, not the long one's left in the array.
    [Test]
    public void Pages_read_one_after_another_keep_to_their_own_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("pagereader-");
        try
        {
            var reader = new PageReader();
            var pages = new[]
            {
                ("long.txt", string.Concat(Enumerable.Repeat("Officials met in Geneva on Monday. ", 3000)), false),
                ("short.txt", "Officials met.", false),
                ("long.html.gz", "<html><body><p>" + string.Concat(Enumerable.Repeat("Talks went on. ", 3000)) + "</p></body></html>", true),
                ("short.html.gz", "<html><body><p>Talks.</p></body></html>", true),
                ("short-again.txt", "Met.", false),
            };
            foreach (var (name, text, gzip) in pages)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                var stored = gzip ? Compress(bytes) : bytes;
                var path = Path.Combine(folder.FullName, name);
                File.WriteAllBytes(path, stored);

                var page = reader.Read(new PageInput(name, name, path, Listed: true));

                Assert.That(page.Content, Is.EqualTo(text), name);
                Assert.That(page.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(stored))), name);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Compress(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }
}
