using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts;

/// <summary>
/// A topic lexicon (SPEC §6): labels in order, each with terms that match whole words,
/// case-insensitively, a trailing <c>*</c> matching any word ending.
/// </summary>
public sealed class TopicLexicon
{
    private readonly Topic[] _topics;
    private readonly Terms? _idioms;

    private TopicLexicon(Topic[] topics, Terms? idioms)
    {
        _topics = topics;
        _idioms = idioms;
        Labels = Array.AsReadOnly(topics.Select(t => t.Label).ToArray());
    }

    // A label's terms, its head terms, and its terms anchored to a whole word (to tell what a head word qualifies).
    private sealed record Topic(string Label, Terms Terms, Terms? Heads, LazyRegex Word);

    // Alternatives in one pattern, with the first word of each that any match starts with: the regex runs only on text
    // holding one of them, from the first (null when a term's first word is not plain ASCII).
    // The regex is constructed when first used: most topics' terms never occur on a run's pages.
    private sealed record Terms(LazyRegex Lazy, SearchValues<string>? Needs)
    {
        public Regex Pattern => Lazy.Value;

        // Where the regex may first match, or -1 when it cannot; check is false for text whose case-blind comparison
        // may differ from the regex's (see Match).
        public int Start(string text, bool check) =>
            !check || Needs is null ? 0 : text.AsSpan().IndexOfAny(Needs);
    }

    /// <summary>The labels, in lexicon order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The labels whose terms occur in <paramref name="text"/>, in lexicon order.</summary>
    public IReadOnlyList<string> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        // A topic's regex runs only on text holding the first word of one of its terms, compared case-blind (ordinal),
        // which finds all that lower-casing the text found. Lower-casing makes ASCII of two other characters, the Kelvin
        // sign ('k', which the regex also takes as equal) and the dotted capital I: text holding either, or the long s
        // (the regex's 's'), runs every regex.
        var check = text.AsSpan().IndexOfAny('\u017F', '\u212A', '\u0130') < 0;
        if (_idioms is not null && _idioms.Start(text, check) is var from and >= 0 && _idioms.Pattern.IsMatch(text, from))
        {
            text = _idioms.Pattern.Replace(text, m => new string(' ', m.Length));
        }

        foreach (var topic in _topics)
        {
            // Every match starts with such a word, so the regex starts from the first of them (its lookbehind still
            // sees the character before).
            if (topic.Terms.Start(text, check) is var start and >= 0 && topic.Terms.Pattern.IsMatch(text, start)
                || topic.Heads is { } heads && heads.Start(text, check) is var at and >= 0 && HeadsMatch(topic, heads.Pattern, text, at))
            {
                found.Add(topic.Label);
            }
        }

        return found;
    }

    // A head term counts unless the word before it is another label's term: "the COVID-19 crisis" is health.
    private bool HeadsMatch(Topic topic, Regex heads, string text, int start)
    {
        for (var m = heads.Match(text, start); m.Success; m = m.NextMatch())
        {
            var end = m.Index;
            while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '-'))
            {
                end--;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetterOrDigit(text[begin - 1]) || text[begin - 1] == '-'))
            {
                begin--;
            }

            var word = text[begin..end];
            if (word.Length == 0 || !_topics.Any(t => t != topic && t.Word.Value.IsMatch(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Parses a lexicon file's JSON; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TopicLexicon Parse(string json)
    {
        TopicsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, LexiconJsonContext.Default.TopicsFile);
        }
        catch (JsonException e)
        {
            throw new FormatException(e.Message.Contains("missing required", StringComparison.Ordinal) || e.Message.Contains("could not be", StringComparison.Ordinal)
                ? $"expected an object with a \"topics\" array of labels and terms ({e.Path})"
                // The reader's own text is .NET wording, at times over lines; the place is what helps.
                : e.LineNumber is { } line && e.BytePositionInLine is { } column
                    ? string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {line + 1}, column {column + 1}")
                    : "not valid JSON", e);
        }

        return From(file ?? throw new FormatException("expected an object with a \"topics\" array"));
    }

    /// <summary>Builds the lexicon of a topic file; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TopicLexicon From(TopicsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = new List<Topic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var topic in file.Topics)
        {
            index++;
            if (string.IsNullOrWhiteSpace(topic.Label))
            {
                throw new FormatException($"topic {index} has no \"label\" string");
            }

            var name = topic.Label.Trim();
            if (!seen.Add(name))
            {
                throw new FormatException($"topic label \"{name}\" is given twice");
            }

            if (topic.Terms.Count == 0)
            {
                throw new FormatException($"topic \"{name}\" has no terms");
            }

            var terms = Compile(topic.Terms, $"topic \"{name}\" has an empty term");
            var heads = topic.Heads is not { Count: > 0 } ? null : Compile(topic.Heads, $"topic \"{name}\" has an empty head term");
            var word = new LazyRegex(
                $"^(?:{string.Join('|', topic.Terms.Select(t => TermPattern(t.Trim())))})$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
            result.Add(new Topic(name, terms, heads, word));
        }

        var idioms = file.Idioms is not { Count: > 0 } ? null : Compile(file.Idioms, "an idiom is empty");
        return new TopicLexicon([.. result], idioms);
    }

    // Terms as one whole-word pattern with the first words a match holds.
    private static Terms Compile(IReadOnlyList<string> terms, string emptyMessage)
    {
        var alternatives = new List<string>();
        List<string>? needs = [];
        foreach (var term in terms)
        {
            var t = term.Trim();
            if (t.Length == 0 || t == "*")
            {
                throw new FormatException(emptyMessage);
            }

            alternatives.Add(TermPattern(t));
            var first = FirstWord(t);
            needs = first is null || needs is null ? null : [.. needs, first];
        }

        var pattern = new LazyRegex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        // One vectorised search for all the first words, in any case, not one search of the lower-cased text per word.
        return new Terms(pattern, needs is null ? null : SearchValues.Create(needs.Distinct(StringComparer.Ordinal).ToArray(), StringComparison.OrdinalIgnoreCase));
    }

    // The first word of a term in lower case, which every match of the term holds; null when it is not plain ASCII,
    // where lower-casing and the regex's case-insensitive matching may disagree.
    private static string? FirstWord(string term)
    {
        var words = term.TrimEnd('*').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || !Ascii.IsValid(words[0]) ? null : words[0].ToLowerInvariant();
    }

    // A term is words separated by spaces; a trailing * matches any word ending ("denucleari*").
    private static string TermPattern(string term)
    {
        var wildcard = term.EndsWith('*');
        var words = term.TrimEnd('*').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var body = string.Join(@"[\s\-]+", words);
        return wildcard ? body + @"[\p{L}\p{N}\-]*" : body;
    }
}
