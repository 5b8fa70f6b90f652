using System.Text.RegularExpressions;

namespace Extractor.Core.Lexicons;

/// <summary>
/// A regular expression built from lexicon data, constructed at its first use. Constructing a
/// <see cref="Regex"/> parses and analyses its pattern, and a run uses only some of the lexicons'
/// patterns: the HTML pages never a text dump's relative times, most cues and topics never meet
/// their needed words, and a run on one page may meet no agency credit or self-naming outlet (the
/// built-in set's patterns cost some 21 M instructions to construct, a third of its start-up). A
/// user's lexicon files are built eagerly (<see cref="BuildEagerly{T}"/>), so a pattern .NET refuses
/// is still reported when they are loaded.
/// </summary>
internal sealed class LazyRegex(string pattern, RegexOptions options, TimeSpan? timeout = null)
{
    [ThreadStatic]
    private static bool t_eager;

    private Regex? _regex = t_eager ? Create(pattern, options, timeout) : null;

    /// <summary>The regular expression, constructed on the first call (once, whichever thread wins).</summary>
    public Regex Value => _regex ?? Build();

    /// <summary>The pattern, as <see cref="Regex.ToString"/> gives it.</summary>
    public override string ToString() => pattern;

    /// <summary>Runs <paramref name="build"/> with the patterns it makes on this thread constructed at once when <paramref name="eager"/>.</summary>
    public static T BuildEagerly<T>(bool eager, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var was = t_eager;
        t_eager = eager;
        try
        {
            return build();
        }
        finally
        {
            t_eager = was;
        }
    }

    private Regex Build()
    {
        var regex = Create(pattern, options, timeout);
        return Interlocked.CompareExchange(ref _regex, regex, null) ?? regex;
    }

    private static Regex Create(string pattern, RegexOptions options, TimeSpan? timeout) =>
        timeout is { } limit ? new Regex(pattern, options, limit) : new Regex(pattern, options);
}
