using System.Diagnostics;
using System.Globalization;

namespace Extractor.Cli;

/// <summary>
/// A one-line bar on standard error, redrawn in place with a carriage return: pages done, pages per
/// second and the time left at the rate so far. Redrawn at most ten times a second. A negative
/// total means it is not known: then only the count and the rate are drawn.
/// </summary>
internal sealed class ProgressBar(TextWriter error, int total)
{
    private const int BarWidth = 24;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw = TimeSpan.MinValue;
    private int _drawnWidth;

    public void Update(int done, bool force = false)
    {
        var now = _clock.Elapsed;
        if (!force && now - _lastDraw < Interval)
        {
            return;
        }

        _lastDraw = now;
        var seconds = Math.Max(now.TotalSeconds, 1e-3);
        var rate = done / seconds;
        if (total < 0)
        {
            // The total is unknown (pages inside WARC files): the count and the rate only.
            Draw(string.Create(CultureInfo.InvariantCulture, $"{done} pages, {rate:0.0} pages/s"));
            return;
        }

        var filled = total == 0 ? BarWidth : (int)((long)BarWidth * done / total);
        var left = done == 0 || rate <= 0 ? "--:--" : Duration((total - done) / rate);
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {done}/{total} pages, {rate:0.0} pages/s, {left} left");
        Draw(line);
    }

    /// <summary>Erases the bar so that an error line or the summary starts on a clean line.</summary>
    public void Clear()
    {
        if (_drawnWidth > 0)
        {
            error.Write("\r" + new string(' ', _drawnWidth) + "\r");
            _drawnWidth = 0;
        }
    }

    private void Draw(string line)
    {
        var pad = Math.Max(0, _drawnWidth - line.Length);
        error.Write("\r" + line + new string(' ', pad));
        _drawnWidth = line.Length;
    }

    private static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.FromDays(99).TotalSeconds));
        return t.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}:{t.Seconds:00}");
    }
}
